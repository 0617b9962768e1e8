using Microsoft.EntityFrameworkCore;

namespace Incubation.EntityFrameworkCore;

public enum DatabaseProvider
{
    Sqlite,
    PostgreSql,
    SqlServer,
}

public static class DatabaseProviderConfiguration
{
    public const string ProviderKey = "Database:Provider";
    public const string ConnectionStringName = "Default";
    public const string DefaultSqliteConnectionString = "Data Source=App_Data/incubation.db";

    /// <summary>Points the context at the provider and at that provider's own migrations assembly.</summary>
    public static DbContextOptionsBuilder<IncubationDbContext> UseIncubationProvider(
        this DbContextOptionsBuilder<IncubationDbContext> options, DatabaseProvider provider, string connectionString)
    {
        ((DbContextOptionsBuilder)options).UseIncubationProvider(provider, connectionString);
        return options;
    }

    public static DbContextOptionsBuilder UseIncubationProvider(
        this DbContextOptionsBuilder options, DatabaseProvider provider, string connectionString) =>
        provider switch
        {
            DatabaseProvider.PostgreSql => options.UseNpgsql(connectionString, o => o.MigrationsAssembly("Incubation.Migrations.PostgreSql")),
            DatabaseProvider.SqlServer => options.UseSqlServer(connectionString, o => o.MigrationsAssembly("Incubation.Migrations.SqlServer")),
            _ => options.UseSqlite(connectionString, o => o.MigrationsAssembly("Incubation.Migrations.Sqlite")),
        };
}
