using Microsoft.Extensions.DependencyInjection;

namespace Incubation.Planning.Benefits;

public static class BenefitsServiceCollectionExtensions
{
    /// <summary>The benefits ledger's app service (its validators are found with the rest of the layer's).</summary>
    public static IServiceCollection AddBenefits(this IServiceCollection services)
    {
        services.AddScoped<BenefitValidators>();
        services.AddScoped<IBenefitGrantAppService, BenefitGrantAppService>();
        return services;
    }
}
