using System.Security.Claims;
using Microsoft.AspNetCore.Http;

namespace Incubation.Identity;

/// <summary>
/// The signed-in user of the current request, read from the authentication cookie's claims. Outside a request
/// (start-up seeding, background work) it is the system; inside one, an anonymous caller sees nothing.
/// </summary>
public sealed class HttpCurrentUser(IHttpContextAccessor accessor) : ICurrentUser
{
    private static readonly SystemCurrentUser System = new();

    private ClaimsPrincipal? Principal => accessor.HttpContext?.User;

    public bool IsAuthenticated => Principal?.Identity?.IsAuthenticated == true;

    public Guid? Id => Guid.TryParse(Principal?.FindFirstValue(ClaimTypes.NameIdentifier), out var id) ? id : null;

    public string? UserName => accessor.HttpContext is null ? System.UserName : Principal?.FindFirstValue(ClaimTypes.Name);

    public string? DisplayName => Principal?.FindFirstValue(IncubationClaimTypes.DisplayName) ?? UserName;

    public IReadOnlyList<string> Roles => Principal?.FindAll(ClaimTypes.Role).Select(c => c.Value).ToList() ?? [];

    public DataScope DataScope
    {
        get
        {
            if (accessor.HttpContext is null)
            {
                return DataScope.Unrestricted;
            }

            if (!IsAuthenticated || Id is not { } userId)
            {
                return DataScope.Nothing;
            }

            var links = new AppUserScopeLinks(
                userId,
                ParseGuid(IncubationClaimTypes.IncubatorId),
                Principal!.FindFirstValue(IncubationClaimTypes.SubDistrictCode),
                ParseGuid(IncubationClaimTypes.EnterpriseId),
                ParseGuid(IncubationClaimTypes.ResponsibleUnitId));
            return DataScope.For(links, Roles);
        }
    }

    private Guid? ParseGuid(string claimType) =>
        Guid.TryParse(Principal?.FindFirstValue(claimType), out var value) ? value : null;
}
