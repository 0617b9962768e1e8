using System.Threading.RateLimiting;
using Incubation.Localization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Configuration;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace Incubation.Portal;

internal static class PortalHttpSetup
{
    /// <summary>The challenge, account links and both registration limits (per address here, per code in the controller).</summary>
    public static IServiceCollection AddPortalHttp(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<RegistrationLimitOptions>(configuration.GetSection(RegistrationLimitOptions.Section));
        services.AddMemoryCache();
        services.AddSingleton<IRegistrationChallenge, RegistrationChallenge>();
        services.AddSingleton<CreditCodeThrottle>();
        services.AddScoped<IAccountLinks, AccountLinks>();
        services.AddRateLimiter(options =>
        {
            options.AddPolicy(RegistrationController.RateLimitPolicy, context =>
            {
                var limits = context.RequestServices.GetRequiredService<IOptions<RegistrationLimitOptions>>().Value;
                return RateLimitPartition.GetFixedWindowLimiter(context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                    _ => new FixedWindowRateLimiterOptions { PermitLimit = limits.PermitsPerAddress, Window = limits.Window, QueueLimit = 0 });
            });
            options.OnRejected = (context, cancellationToken) => WriteRejectionAsync(context.HttpContext, cancellationToken);
        });
        return services;
    }

    private static async ValueTask WriteRejectionAsync(HttpContext context, CancellationToken cancellationToken)
    {
        var l = context.RequestServices.GetRequiredService<IStringLocalizer<IncubationResource>>();
        var code = IncubationErrorCodes.RegistrationRateLimited;
        var problem = new ProblemDetails { Status = StatusCodes.Status429TooManyRequests, Title = l[code], Detail = l[code], Type = code };
        problem.Extensions["code"] = code;
        context.Response.StatusCode = StatusCodes.Status429TooManyRequests;
        await context.RequestServices.GetRequiredService<IProblemDetailsService>()
            .WriteAsync(new ProblemDetailsContext { HttpContext = context, ProblemDetails = problem });
    }
}
