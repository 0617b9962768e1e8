namespace Incubation.Identity;

/// <summary>The permissions granted to roles, as stored.</summary>
public interface IPermissionGrantStore
{
    Task<IReadOnlySet<string>> GetGrantedAsync(IReadOnlyList<string> roleNames, CancellationToken cancellationToken);
}
