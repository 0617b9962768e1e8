using Incubation.EntityFrameworkCore;
using Incubation.Identity;
using Incubation.Localization;
using Incubation.Permissions;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Incubation.Hosting;

internal static class AuthenticationSetup
{
    /// <summary>
    /// ASP.NET Core Identity with an HttpOnly, SameSite=Strict cookie; API calls answer 401/403 instead of
    /// redirecting; one authorization policy per permission; unmarked endpoints need a signed-in user.
    /// </summary>
    public static void ConfigureAuthentication(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddHttpContextAccessor();
        services.AddScoped<ICurrentUser, HttpCurrentUser>();

        services.AddIdentity<AppUser, AppRole>(IdentityPolicy.Configure)
            .AddEntityFrameworkStores<IncubationDbContext>()
            .AddClaimsPrincipalFactory<IncubationUserClaimsPrincipalFactory>()
            .AddErrorDescriber<Portal.LocalizedIdentityErrorDescriber>()
            .AddDefaultTokenProviders();

        // Sessions pick up a changed account (approved, removed from its enterprise) within a minute.
        services.Configure<SecurityStampValidatorOptions>(options => options.ValidationInterval = TimeSpan.FromMinutes(1));

        var development = builder.Environment.IsDevelopment();
        services.ConfigureApplicationCookie(options =>
        {
            options.Cookie.Name = "Incubation.Auth";
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Strict;
            options.Cookie.SecurePolicy = development ? CookieSecurePolicy.SameAsRequest : CookieSecurePolicy.Always;
            options.SlidingExpiration = true;
            options.ExpireTimeSpan = TimeSpan.FromHours(8);
            options.Events.OnRedirectToLogin = context => WriteProblemAsync(context, StatusCodes.Status401Unauthorized, IncubationErrorCodes.Unauthorized);
            options.Events.OnRedirectToAccessDenied = context => WriteProblemAsync(context, StatusCodes.Status403Forbidden, IncubationErrorCodes.Forbidden);
        });

        services.AddAntiforgery(options =>
        {
            options.HeaderName = XsrfCookie.HeaderName;
            options.Cookie.Name = "Incubation.Antiforgery";
            options.Cookie.SameSite = SameSiteMode.Strict;
            options.Cookie.SecurePolicy = development ? CookieSecurePolicy.SameAsRequest : CookieSecurePolicy.Always;
        });

        services.AddScoped<IAuthorizationHandler, PermissionAuthorizationHandler>();
        services.AddAuthorization(options =>
        {
            foreach (var permission in PermissionDefinitions.All)
            {
                options.AddPolicy(permission.Name, policy => policy.AddRequirements(new PermissionRequirement(permission.Name)));
            }

            options.FallbackPolicy = new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build();
        });
    }

    private static Task WriteProblemAsync(RedirectContext<CookieAuthenticationOptions> context, int status, string code)
    {
        var l = context.HttpContext.RequestServices.GetRequiredService<IStringLocalizer<IncubationResource>>();
        var problem = new ProblemDetails { Status = status, Title = l[code], Detail = l[code], Type = code };
        problem.Extensions["code"] = code;
        context.Response.StatusCode = status;
        return context.HttpContext.RequestServices.GetRequiredService<IProblemDetailsService>()
            .WriteAsync(new ProblemDetailsContext { HttpContext = context.HttpContext, ProblemDetails = problem }).AsTask();
    }
}
