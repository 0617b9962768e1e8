using Microsoft.EntityFrameworkCore;

namespace Incubation.Enterprises;

public static class EnterpriseRepositoryExtensions
{
    /// <summary>
    /// The gate of every endpoint under an enterprise: 404 unless the caller's scope shows it (the query is the
    /// scope-filtered one), so another enterprise's id never reaches its data.
    /// </summary>
    public static async Task EnsureVisibleAsync(this IEnterpriseRepository enterprises, Guid enterpriseId, CancellationToken cancellationToken)
    {
        if (!await enterprises.Query().AnyAsync(e => e.Id == enterpriseId, cancellationToken))
        {
            throw new EntityNotFoundException(nameof(Enterprise), enterpriseId);
        }
    }
}
