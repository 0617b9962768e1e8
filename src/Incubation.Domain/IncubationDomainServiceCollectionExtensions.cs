using Incubation.Calendar;
using Incubation.Data;
using Incubation.Files;
using Incubation.Identity;
using Incubation.Visits;
using Microsoft.Extensions.DependencyInjection;

namespace Incubation;

public static class IncubationDomainServiceCollectionExtensions
{
    /// <summary>The domain layer: the clock, the file storage and the data seeding of reference data, roles, the admin and the demo set.</summary>
    public static IServiceCollection AddIncubationDomain(this IServiceCollection services)
    {
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<IFileStorage, LocalDiskFileStorage>();
        services.AddScoped<DataSeeder>();
        services.AddScoped<IWorkingDayCalendarProvider, WorkingDayCalendarProvider>();
        services.AddScoped<IDataSeedContributor, ReferenceDataSeedContributor>();
        services.AddScoped<IDataSeedContributor, CalendarSeedContributor>();
        services.AddScoped<IDataSeedContributor, IdentitySeedContributor>();
        services.AddScoped<IDataSeedContributor, PolicyTopicSeedContributor>();
        services.AddScoped<IDataSeedContributor, Planning.PlanningSeedContributor>();
        services.AddScoped<IDataSeedContributor, DemoDataSeedContributor>();
        services.AddScoped<IDataSeedContributor, DemoCultivationSeedContributor>();
        services.AddScoped<IDataSeedContributor, DemoVisitsSeedContributor>();
        services.AddScoped<IDataSeedContributor, DemoPlatformsSeedContributor>();
        return services;
    }
}
