namespace Incubation.EntityFrameworkCore;

/// <summary>The few SQL fragments that differ by provider (index filters); each provider keeps its own migrations.</summary>
internal static class ProviderSql
{
    public static string NotDeleted(string? providerName) => providerName switch
    {
        "Npgsql.EntityFrameworkCore.PostgreSQL" => "\"IsDeleted\" = false",
        "Microsoft.EntityFrameworkCore.SqlServer" => "[IsDeleted] = 0",
        _ => "\"IsDeleted\" = 0",
    };
}
