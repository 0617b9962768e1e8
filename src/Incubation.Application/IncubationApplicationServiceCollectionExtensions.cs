using FluentValidation;
using Incubation.Certification;
using Incubation.Configuration;
using Incubation.Cultivation;
using Incubation.Data;
using Incubation.Enterprises;
using Incubation.Localization;
using Incubation.Lookups;
using Incubation.Permissions;
using Incubation.Validation;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;

namespace Incubation;

public static class IncubationApplicationServiceCollectionExtensions
{
    /// <summary>The application layer: app services, validators, permission checking, seeding and localisation.</summary>
    public static IServiceCollection AddIncubationApplication(this IServiceCollection services)
    {
        ValidationLocalization.UseIncubationCultures();
        services.AddValidatorsFromAssemblyContaining<EnterpriseAppService>(ServiceLifetime.Scoped, includeInternalTypes: false);

        services.AddSingleton<JsonLocalizationStore>();
        services.AddSingleton<IStringLocalizer<IncubationResource>, JsonStringLocalizer>();

        services.AddScoped<IPermissionChecker, PermissionChecker>();
        services.AddScoped<IEnterpriseAppService, EnterpriseAppService>();
        services.AddScoped<IYearlyDataAppService, YearlyDataAppService>();
        services.AddScoped<ILookupAppService, LookupAppService>();
        services.AddScoped<CultivationValidators>();
        services.AddScoped<ICultivationAppService, CultivationAppService>();
        services.AddScoped<IQualificationAppService, QualificationAppService>();
        services.AddScoped<IApplicationConfigurationAppService, ApplicationConfigurationAppService>();

        services.AddScoped<IDataSeedContributor, RolePermissionSeedContributor>();
        return services;
    }
}
