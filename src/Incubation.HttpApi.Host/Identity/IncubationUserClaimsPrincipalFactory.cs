using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Incubation.Identity;

/// <summary>Adds the user's scope links and display name to the cookie, so no request needs to look them up.</summary>
public sealed class IncubationUserClaimsPrincipalFactory(
    UserManager<AppUser> userManager, RoleManager<AppRole> roleManager, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<AppUser, AppRole>(userManager, roleManager, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(AppUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        AddIfPresent(identity, IncubationClaimTypes.DisplayName, user.DisplayName);
        AddIfPresent(identity, IncubationClaimTypes.IncubatorId, user.IncubatorId?.ToString());
        AddIfPresent(identity, IncubationClaimTypes.SubDistrictCode, user.SubDistrictCode);
        AddIfPresent(identity, IncubationClaimTypes.ResponsibleUnitId, user.ResponsibleUnitId?.ToString());
        AddIfPresent(identity, IncubationClaimTypes.EnterpriseId, user.EnterpriseId?.ToString());
        return identity;
    }

    private static void AddIfPresent(ClaimsIdentity identity, string type, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            identity.AddClaim(new Claim(type, value));
        }
    }
}
