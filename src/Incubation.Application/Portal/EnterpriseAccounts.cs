using Incubation.Data;
using Incubation.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Incubation.Portal;

/// <summary>
/// Binds accounts to their enterprise as EnterpriseUsers and unbinds them, as tracked changes the caller saves with
/// its own (so a decision and the account it grants commit together).
/// </summary>
public sealed class EnterpriseAccounts(IRepository<AppUser> users, IRepository<AppRole> roles, IRepository<IdentityUserRole<Guid>> userRoles)
{
    /// <summary>The enterprise's first active account becomes its administrator.</summary>
    public async Task BindAsync(AppUser user, Guid enterpriseId, CancellationToken cancellationToken)
    {
        user.EnterpriseId = enterpriseId;
        user.IsActive = true;
        user.IsEnterpriseAdmin = !await users.Query()
            .AnyAsync(u => u.EnterpriseId == enterpriseId && u.IsActive && u.IsEnterpriseAdmin && u.Id != user.Id, cancellationToken);

        var roleId = await EnterpriseRoleIdAsync(cancellationToken);
        if (!await userRoles.Query().AnyAsync(r => r.UserId == user.Id && r.RoleId == roleId, cancellationToken))
        {
            userRoles.Add(new IdentityUserRole<Guid> { UserId = user.Id, RoleId = roleId });
        }
    }

    /// <summary>
    /// Removes the account from the enterprise: inactive, unlinked, role taken away, and a new security stamp so
    /// its open sessions end at their next check.
    /// </summary>
    public async Task UnbindAsync(AppUser user, CancellationToken cancellationToken)
    {
        user.EnterpriseId = null;
        user.IsEnterpriseAdmin = false;
        user.IsActive = false;
        user.SecurityStamp = Guid.NewGuid().ToString();
        var roleId = await EnterpriseRoleIdAsync(cancellationToken);
        foreach (var link in await userRoles.Query().Where(r => r.UserId == user.Id && r.RoleId == roleId).ToListAsync(cancellationToken))
        {
            userRoles.Remove(link);
        }
    }

    private Task<Guid> EnterpriseRoleIdAsync(CancellationToken cancellationToken) =>
        roles.Query().Where(r => r.Name == IncubationRoles.EnterpriseUser).Select(r => r.Id).FirstAsync(cancellationToken);
}
