using Microsoft.Extensions.DependencyInjection;

namespace Incubation.Platforms;

public static class PlatformsServiceCollectionExtensions
{
    /// <summary>The Platforms module's app services (its validators are found with the rest of the layer's).</summary>
    public static IServiceCollection AddPlatforms(this IServiceCollection services)
    {
        services.AddScoped<PlatformValidators>();
        services.AddScoped<IInnovationPlatformAppService, InnovationPlatformAppService>();
        services.AddScoped<ITechTransferProjectAppService, TechTransferProjectAppService>();
        services.AddScoped<IIncubatorAppService, IncubatorAppService>();
        return services;
    }
}
