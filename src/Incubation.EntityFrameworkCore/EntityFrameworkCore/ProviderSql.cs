namespace Incubation.EntityFrameworkCore;

/// <summary>The few SQL fragments that differ by provider (index filters); each provider keeps its own migrations.</summary>
internal static class ProviderSql
{
    public static string NotDeleted(string? providerName) => IsFalse(providerName, "IsDeleted");

    public static string IsFalse(string? providerName, string column) => providerName switch
    {
        "Npgsql.EntityFrameworkCore.PostgreSQL" => $"\"{column}\" = false",
        "Microsoft.EntityFrameworkCore.SqlServer" => $"[{column}] = 0",
        _ => $"\"{column}\" = 0",
    };

    public static string IsTrue(string? providerName, string column) => providerName switch
    {
        "Npgsql.EntityFrameworkCore.PostgreSQL" => $"\"{column}\" = true",
        "Microsoft.EntityFrameworkCore.SqlServer" => $"[{column}] = 1",
        _ => $"\"{column}\" = 1",
    };
}
