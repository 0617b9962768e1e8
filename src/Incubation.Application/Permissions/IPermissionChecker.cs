namespace Incubation.Permissions;

/// <summary>Answers whether the current user holds a permission; app services call it before they act.</summary>
public interface IPermissionChecker
{
    Task<bool> IsGrantedAsync(string permission, CancellationToken cancellationToken);

    /// <summary>Throws <see cref="AuthorizationException"/> (401 anonymous, 403 otherwise) unless granted.</summary>
    Task CheckAsync(string permission, CancellationToken cancellationToken);

    Task<IReadOnlySet<string>> GetGrantedAsync(CancellationToken cancellationToken);
}
