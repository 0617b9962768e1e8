using Incubation.EntityFrameworkCore;
using Incubation.ExceptionHandling;
using Serilog;

namespace Incubation.Hosting;

internal static class ObservabilitySetup
{
    /// <summary>Serilog structured logs, ProblemDetails for every error, and a /health check that asks the database.</summary>
    public static void ConfigureObservability(this WebApplicationBuilder builder)
    {
        builder.Services.AddSerilog((services, logger) => logger
            .ReadFrom.Configuration(builder.Configuration)
            .ReadFrom.Services(services)
            .Enrich.FromLogContext()
            .WriteTo.Console(formatProvider: System.Globalization.CultureInfo.InvariantCulture));

        builder.Services.AddProblemDetails(options => options.CustomizeProblemDetails = context =>
            context.ProblemDetails.Extensions.TryAdd("traceId", context.HttpContext.TraceIdentifier));
        builder.Services.AddExceptionHandler<ProblemDetailsExceptionHandler>();
        builder.Services.AddHealthChecks().AddDbContextCheck<IncubationDbContext>();
    }
}
