using Microsoft.Extensions.DependencyInjection;

namespace Incubation.Planning;

public static class PlanningServiceCollectionExtensions
{
    /// <summary>The indicators, the dashboard and the targets.</summary>
    public static IServiceCollection AddPlanning(this IServiceCollection services)
    {
        services.AddScoped<IndicatorContributions>();
        services.AddScoped<IIndicatorCalculator, IndicatorCalculator>();
        services.AddScoped<HighTechPathQueries>();
        services.AddScoped<IPlanningDashboardAppService, PlanningDashboardAppService>();
        services.AddScoped<ITargetAppService, TargetAppService>();
        return services;
    }
}
