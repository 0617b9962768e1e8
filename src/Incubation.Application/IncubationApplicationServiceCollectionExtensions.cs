using Incubation.Portal;
using FluentValidation;
using Incubation.Calendar;
using Incubation.Certification;
using Incubation.Certification.Eligibility;
using Incubation.Configuration;
using Incubation.Cultivation;
using Incubation.Data;
using Incubation.Enterprises;
using Incubation.Files;
using Incubation.Imports;
using Incubation.Localization;
using Incubation.Lookups;
using Incubation.Planning;
using Incubation.Permissions;
using Incubation.Planning.Benefits;
using Incubation.Platforms;
using Incubation.Planning.Reports;
using Incubation.Validation;
using Incubation.Visits;
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
        services.AddPortal();
        services.AddPlanning();
        services.AddScoped<IEnterpriseAppService, EnterpriseAppService>();
        services.AddScoped<IYearlyDataAppService, YearlyDataAppService>();
        services.AddScoped<ILookupAppService, LookupAppService>();
        services.AddScoped<CultivationValidators>();
        services.AddScoped<ICultivationAppService, CultivationAppService>();
        services.AddScoped<IQualificationAppService, QualificationAppService>();
        services.AddScoped<ICalendarAppService, CalendarAppService>();
        services.AddScoped<IApplicationConfigurationAppService, ApplicationConfigurationAppService>();
        AddVisits(services);
        AddEligibility(services);
        services.AddScoped<IFileAppService, FileAppService>();
        services.AddPlatforms();
        services.AddBenefits();
        services.AddKeyTasksAndReports();
        services.AddImports();

        services.AddScoped<IDataSeedContributor, RolePermissionSeedContributor>();
        return services;
    }

    private static void AddEligibility(IServiceCollection services)
    {
        services.AddScoped<MeasureFormatter>();
        services.AddScoped<EligibilityLocalizer>();
        services.AddScoped<EnterpriseFactsReader>();
        services.AddScoped<EligibilitySnapshotWriter>();
        services.AddSingleton<EligibilityRefreshJob>();
        services.AddScoped<IEligibilityAppService, EligibilityAppService>();
        services.AddScoped<IEligibilityCandidateAppService, EligibilityCandidateAppService>();
        services.AddScoped<IRecertificationAppService, RecertificationAppService>();
        services.AddScoped<CertificationReminderJob>();
        services.AddScoped<ReadyToApplySync>();
        services.AddScoped<OfficialListImporter>();
        services.AddScoped<ICertificationBatchAppService, CertificationBatchAppService>();
        services.AddScoped<CertificationApplicationValidators>();
        services.AddScoped<ICertificationApplicationAppService, CertificationApplicationAppService>();
        services.AddScoped<IDataSeedContributor, DemoEligibilitySeedContributor>();
    }

    private static void AddVisits(IServiceCollection services)
    {
        services.AddScoped<VisitValidators>();
        services.AddScoped<NeedDueDates>();
        services.AddScoped<EnterpriseUsersNotifier>();
        services.AddScoped<NeedNotifier>();
        services.AddScoped<DefaultNeedUnit>();
        services.AddScoped<NeedActionPolicy>();
        services.AddScoped<OverdueAtPeriodEnd>();
        services.AddScoped<NeedReminderWriter>();
        services.AddSingleton<NeedReminderJob>();
        services.AddScoped<IVisitAppService, VisitAppService>();
        services.AddScoped<INeedAppService, NeedAppService>();
        services.AddScoped<INotificationAppService, NotificationAppService>();
        services.AddScoped<IReminderLetterAppService, ReminderLetterAppService>();
        services.AddScoped<IVisitKpiAppService, VisitKpiAppService>();
    }
}
