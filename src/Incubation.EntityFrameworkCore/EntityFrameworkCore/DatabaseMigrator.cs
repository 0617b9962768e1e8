using Incubation.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Incubation.EntityFrameworkCore;

/// <summary>Applies pending migrations of the configured provider, then runs the idempotent seeders.</summary>
public sealed class DatabaseMigrator(IncubationDbContext context, DataSeeder seeder, ILogger<DatabaseMigrator> logger)
{
    public async Task MigrateAndSeedAsync(DataSeedContext seedContext, CancellationToken cancellationToken)
    {
        EnsureSqliteFolderExists();
        var pending = (await context.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
        logger.LogInformation("Applying {Count} pending migration(s) on {Provider}", pending.Count, context.Database.ProviderName);
        await context.Database.MigrateAsync(cancellationToken);
        await seeder.SeedAsync(seedContext, cancellationToken);
        logger.LogInformation("Database is migrated and seeded");
    }

    private void EnsureSqliteFolderExists()
    {
        if (!context.Database.IsSqlite())
        {
            return;
        }

        var dataSource = new SqliteConnectionStringBuilder(context.Database.GetConnectionString()).DataSource;
        var folder = Path.GetDirectoryName(Path.GetFullPath(dataSource));
        if (!string.IsNullOrEmpty(folder) && dataSource != ":memory:")
        {
            Directory.CreateDirectory(folder);
        }
    }
}
