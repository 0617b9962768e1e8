using Incubation.EntityFrameworkCore;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Incubation;

/// <summary>
/// The real host (same pipeline, auth, validation, database provider) on a private database that it migrates and
/// seeds (reference data, roles, admin; no demo data) on start. One per test class.
/// </summary>
public class IncubationWebApplicationFactory : WebApplicationFactory<Program>, IAsyncLifetime
{
    public const string AdminPassword = "Test-Admin-Pass1!";
    public const string UserPassword = "Test-User-Pass1!";

    public TestDatabase Database { get; } = new();

    /// <summary>This factory's own folder for uploaded files (Files:RootPath), removed on dispose.</summary>
    public string FilesRoot { get; } = Path.Combine(Path.GetTempPath(), "incubation-tests", "files-" + Guid.NewGuid().ToString("N")[..12]);

    /// <summary>Extra settings a derived factory may add (e.g. the built Angular app's folder).</summary>
    protected virtual IDictionary<string, string?> ExtraSettings => new Dictionary<string, string?>();

    protected virtual string EnvironmentName => "Testing";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(EnvironmentName);
        var settings = new Dictionary<string, string?>
        {
            [DatabaseProviderConfiguration.ProviderKey] = Database.Provider.ToString(),
            ["ConnectionStrings:Default"] = Database.ConnectionString,
            ["Database:MigrateOnStart"] = "true",
            ["Database:SeedDemoData"] = "false",
            ["Identity:AdminPassword"] = AdminPassword,
            ["Serilog:MinimumLevel:Default"] = "Warning",
            ["BackgroundJobs:Enabled"] = "false", // the tests run the jobs themselves
            ["Email:Enabled"] = "false",
            ["Files:RootPath"] = FilesRoot,

            // Every test client comes from the same (unknown) address: ordinary tests must never meet the sign-up
            // limits. The rate-limit tests lower them in a derived factory.
            ["Portal:Registration:PermitsPerAddress"] = "1000",
            ["Portal:Registration:PermitsPerCreditCode"] = "1000",
        };
        foreach (var (key, value) in ExtraSettings)
        {
            settings[key] = value;
        }

        // UseSetting, not ConfigureAppConfiguration: Program reads the provider while it registers services,
        // before the test's configuration callbacks would apply.
        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }
    }

    /// <summary>A client that keeps cookies and echoes the XSRF token, as the Angular app does.</summary>
    public ApiClient CreateApiClient() =>
        new(CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://localhost"), AllowAutoRedirect = false }));

    public async Task<T> WithServicesAsync<T>(Func<IServiceProvider, Task<T>> action)
    {
        await using var scope = Services.CreateAsyncScope();
        return await action(scope.ServiceProvider);
    }

    public Task InitializeAsync()
    {
        _ = Services; // starts the host: migrations and seeding run now, not inside the first test
        return Task.CompletedTask;
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await base.DisposeAsync();
        await Database.DisposeAsync();
        if (Directory.Exists(FilesRoot))
        {
            Directory.Delete(FilesRoot, recursive: true);
        }
    }
}
