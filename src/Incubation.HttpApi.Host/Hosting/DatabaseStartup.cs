using Incubation.Data;
using Incubation.EntityFrameworkCore;

namespace Incubation.Hosting;

internal static class DatabaseStartup
{
    public const string AdminPasswordKey = "Identity:AdminPassword";

    /// <summary>
    /// The embedded SQLite default is created, migrated and seeded by the host itself on start; a server database is
    /// migrated by the DbMigrator in a deployment, never by a running host.
    /// </summary>
    public static async Task MigrateEmbeddedDatabaseAsync(this WebApplication app)
    {
        var provider = app.Configuration.GetValue(DatabaseProviderConfiguration.ProviderKey, DatabaseProvider.Sqlite);
        if (IsBuildTimeDocumentGeneration() || provider != DatabaseProvider.Sqlite && !app.Configuration.GetValue<bool>("Database:MigrateOnStart"))
        {
            return;
        }

        await using var scope = app.Services.CreateAsyncScope();
        var migrator = scope.ServiceProvider.GetRequiredService<DatabaseMigrator>();
        var seed = new DataSeedContext(
            IncludeDemoData: app.Configuration.GetValue("Database:SeedDemoData", app.Environment.IsDevelopment()),
            AdminPassword: app.Configuration[AdminPasswordKey]);
        await migrator.MigrateAndSeedAsync(seed, app.Lifetime.ApplicationStopping);
    }

    /// <summary>The build runs the app to write the OpenAPI document; it needs no database.</summary>
    internal static bool IsBuildTimeDocumentGeneration() =>
        System.Reflection.Assembly.GetEntryAssembly()?.GetName().Name == "GetDocument.Insider";
}
