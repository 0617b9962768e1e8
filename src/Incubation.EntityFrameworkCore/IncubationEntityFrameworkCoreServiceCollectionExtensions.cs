using Incubation.Auditing;
using Incubation.Data;
using Incubation.Emailing;
using Incubation.Enterprises;
using Incubation.EntityFrameworkCore;
using Incubation.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Incubation;

public static class IncubationEntityFrameworkCoreServiceCollectionExtensions
{
    /// <summary>The DbContext on the configured provider, its interceptors, repositories and the migrator; the email transport.</summary>
    public static IServiceCollection AddIncubationEntityFrameworkCore(this IServiceCollection services, IConfiguration configuration)
    {
        var provider = configuration.GetValue(DatabaseProviderConfiguration.ProviderKey, DatabaseProvider.Sqlite);
        var connectionString = configuration.GetConnectionString(DatabaseProviderConfiguration.ConnectionStringName)
                               ?? (provider == DatabaseProvider.Sqlite
                                   ? DatabaseProviderConfiguration.DefaultSqliteConnectionString
                                   : throw new InvalidOperationException(
                                       $"ConnectionStrings:Default is required for the {provider} provider."));

        services.AddMemoryCache();
        services.AddScoped<AuditingSaveChangesInterceptor>();
        services.AddDbContext<IncubationDbContext>((sp, options) => options
            .UseIncubationProvider(provider, connectionString)
            .AddInterceptors(sp.GetRequiredService<AuditingSaveChangesInterceptor>()));

        services.AddScoped(typeof(IRepository<>), typeof(EfRepository<>));
        services.AddScoped<IEnterpriseRepository, EnterpriseRepository>();
        services.AddScoped<IYearlyDataRepository, YearlyDataRepository>();
        services.AddScoped<IUnitOfWork, EfUnitOfWork>();
        services.AddScoped<IPermissionGrantStore, PermissionGrantStore>();
        services.AddScoped<DatabaseMigrator>();
        services.AddIncubationEmailing(configuration);
        return services;
    }
}
