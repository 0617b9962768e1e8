using Microsoft.Extensions.DependencyInjection;

namespace Incubation.Portal;

internal static class PortalServiceCollectionExtensions
{
    /// <summary>The portal's services; the challenge and the account links come from the HTTP layer.</summary>
    public static IServiceCollection AddPortal(this IServiceCollection services) => services
        .AddScoped<AccountEmails>()
        .AddScoped<EnterpriseAccounts>()
        .AddScoped<PortalNotifier>()
        .AddScoped<IRegistrationAppService, RegistrationAppService>()
        .AddScoped<IRegistrationReviewAppService, RegistrationReviewAppService>()
        .AddScoped<IPortalProfileAppService, PortalProfileAppService>()
        .AddScoped<IProfileChangeReviewAppService, ProfileChangeReviewAppService>()
        .AddScoped<IColleagueAppService, ColleagueAppService>();
}
