using Incubation.EntityFrameworkCore;
using Incubation.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;

namespace Incubation.Infrastructure;

public class MigrationTests(IncubationWebApplicationFactory factory) : IClassFixture<IncubationWebApplicationFactory>
{
    [Fact]
    public async Task Should_have_applied_every_migration_to_the_empty_test_database()
    {
        var (applied, all, pending) = await factory.WithServicesAsync(async sp =>
        {
            var db = sp.GetRequiredService<IncubationDbContext>().Database;
            return ((await db.GetAppliedMigrationsAsync()).ToList(), db.GetMigrations().ToList(), (await db.GetPendingMigrationsAsync()).ToList());
        });
        Assert.NotEmpty(all);
        Assert.Equal(all, applied);
        Assert.Empty(pending);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite, "Data Source=:memory:")]
    [InlineData(DatabaseProvider.PostgreSql, "Host=127.0.0.1;Database=none")]
    [InlineData(DatabaseProvider.SqlServer, "Server=none;Database=none;TrustServerCertificate=True")]
    public void Should_keep_each_providers_migrations_in_step_with_the_model(DatabaseProvider provider, string connectionString)
    {
        using var context = NewContext(provider, connectionString);
        Assert.False(context.Database.HasPendingModelChanges(), $"The {provider} migrations lag behind the model: add a migration.");
    }

    [Fact]
    public void Should_generate_the_idempotent_sql_server_script()
    {
        using var context = NewContext(DatabaseProvider.SqlServer, "Server=none;Database=none;TrustServerCertificate=True");
        var script = context.GetService<IMigrator>().GenerateScript(options: MigrationsSqlGenerationOptions.Idempotent);
        Assert.Contains("IF NOT EXISTS", script, StringComparison.Ordinal);
        Assert.Contains("CREATE TABLE [Enterprises]", script, StringComparison.Ordinal);
        Assert.Contains("WHERE [IsDeleted] = 0", script, StringComparison.Ordinal);
    }

    private static IncubationDbContext NewContext(DatabaseProvider provider, string connectionString) =>
        new(new DbContextOptionsBuilder<IncubationDbContext>().UseIncubationProvider(provider, connectionString).Options, new SystemCurrentUser());
}
