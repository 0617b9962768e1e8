using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Formatters;
using Microsoft.Extensions.DependencyInjection;

namespace Incubation;

public static class IncubationHttpApiServiceCollectionExtensions
{
    /// <summary>
    /// The API controllers: JSON only (one media type in and out, so every error is ProblemDetails JSON), numbers
    /// strictly as numbers, enums as names, and antiforgery on every unsafe request.
    /// </summary>
    public static IMvcBuilder AddIncubationHttpApi(this IServiceCollection services, Microsoft.Extensions.Configuration.IConfiguration configuration)
    {
        services.Configure<Microsoft.AspNetCore.Http.Json.JsonOptions>(options => Configure(options.SerializerOptions));
        services.AddScoped<Cultivation.PoolRosterWorkbook>();
        services.AddScoped<Visits.VisitLedgerWorkbook>();
        services.AddScoped<Planning.ContributorsWorkbook>();
        services.AddScoped<Certification.CandidateWorkbook>();
        services.AddScoped<Certification.OfficialListReader>();
        services.AddScoped<Platforms.PlatformWorkbook>();
        services.AddScoped<Planning.Benefits.BenefitLedgerWorkbook>();
        services.AddScoped<Planning.Reports.SemiAnnualReportWorkbook>();
        services.AddScoped<Enterprises.EnterpriseRegistryWorkbook>();
        Portal.PortalHttpSetup.AddPortalHttp(services, configuration);
        return services.AddControllers(options =>
            {
                options.Filters.Add<AntiforgeryFilter>();
                options.Filters.Add(new ProducesAttribute("application/json"));
                options.OutputFormatters.RemoveType<StringOutputFormatter>();
                foreach (var input in options.InputFormatters.OfType<SystemTextJsonInputFormatter>())
                {
                    input.SupportedMediaTypes.Remove("text/json");
                    input.SupportedMediaTypes.Remove("application/*+json");
                }
            })
            .AddApplicationPart(typeof(IncubationHttpApiServiceCollectionExtensions).Assembly)
            .AddJsonOptions(options => Configure(options.JsonSerializerOptions));
    }

    private static void Configure(System.Text.Json.JsonSerializerOptions options)
    {
        options.NumberHandling = JsonNumberHandling.Strict;
        options.Converters.Add(new JsonStringEnumConverter());
    }
}
