using Incubation.Permissions;
using Microsoft.AspNetCore.Authorization;

namespace Incubation.Identity;

/// <summary>The requirement behind each permission policy: the user's roles must hold a grant for it.</summary>
public sealed record PermissionRequirement(string Permission) : IAuthorizationRequirement;

public sealed class PermissionAuthorizationHandler(IPermissionChecker permissions) : AuthorizationHandler<PermissionRequirement>
{
    protected override async Task HandleRequirementAsync(AuthorizationHandlerContext context, PermissionRequirement requirement)
    {
        if (context.User.Identity?.IsAuthenticated == true
            && await permissions.IsGrantedAsync(requirement.Permission, CancellationToken.None))
        {
            context.Succeed(requirement);
        }
    }
}
