using Incubation.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;

namespace Incubation.Identity;

/// <summary>Grants per role, cached briefly: checked on every request, changed rarely.</summary>
internal sealed class PermissionGrantStore(IncubationDbContext context, IMemoryCache cache) : IPermissionGrantStore
{
    private static readonly TimeSpan CacheDuration = TimeSpan.FromSeconds(30);

    public async Task<IReadOnlySet<string>> GetGrantedAsync(IReadOnlyList<string> roleNames, CancellationToken cancellationToken)
    {
        var granted = new HashSet<string>(StringComparer.Ordinal);
        foreach (var role in roleNames)
        {
            var grants = await cache.GetOrCreateAsync("grants:" + role, async entry =>
            {
                entry.AbsoluteExpirationRelativeToNow = CacheDuration;
                return await context.PermissionGrants.AsNoTracking()
                    .Where(g => g.RoleName == role).Select(g => g.Name).ToListAsync(cancellationToken);
            });
            granted.UnionWith(grants ?? []);
        }

        return granted;
    }
}
