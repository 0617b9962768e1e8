using Incubation.Identity;

namespace Incubation.Permissions;

public sealed class PermissionChecker(ICurrentUser currentUser, IPermissionGrantStore grants) : IPermissionChecker
{
    public async Task<bool> IsGrantedAsync(string permission, CancellationToken cancellationToken) =>
        (await GetGrantedAsync(cancellationToken)).Contains(permission);

    public async Task CheckAsync(string permission, CancellationToken cancellationToken)
    {
        if (!currentUser.IsAuthenticated || !await IsGrantedAsync(permission, cancellationToken))
        {
            throw new AuthorizationException(currentUser.IsAuthenticated, permission);
        }
    }

    public async Task<IReadOnlySet<string>> GetGrantedAsync(CancellationToken cancellationToken) =>
        currentUser.IsAuthenticated
            ? await grants.GetGrantedAsync(currentUser.Roles, cancellationToken)
            : new HashSet<string>();
}
