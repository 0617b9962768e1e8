using Incubation.Enterprises;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Incubation.Certification.Eligibility;

/// <summary>
/// Recomputes the snapshots of every enterprise the running user may see (all of them for the nightly job), as of
/// a date, in batches: each batch in its own scope, in id order (the job changes no enterprise, so offsets stay stable), so memory stays flat whatever the registry's size.
/// </summary>
public sealed class EligibilityRefreshJob(IServiceScopeFactory scopes, ILogger<EligibilityRefreshJob> logger)
{
    private const int BatchSize = 100;

    public async Task<EligibilityRefreshResultDto> RunAsync(DateOnly asOf, CancellationToken cancellationToken)
    {
        var enterprises = 0;
        var snapshots = 0;
        while (true)
        {
            await using var scope = scopes.CreateAsyncScope();
            var services = scope.ServiceProvider;
            var ids = await services.GetRequiredService<IEnterpriseRepository>().Query().AsNoTracking()
                .OrderBy(e => e.Id).Select(e => e.Id).Skip(enterprises).Take(BatchSize).ToListAsync(cancellationToken);
            if (ids.Count == 0)
            {
                break;
            }

            var reader = services.GetRequiredService<EnterpriseFactsReader>();
            var writer = services.GetRequiredService<EligibilitySnapshotWriter>();
            var kinds = EligibilityKinds.InForce(asOf);
            foreach (var id in ids)
            {
                var results = EligibilityEngine.Default.Assess(await reader.ReadAsync(id, asOf, cancellationToken), asOf, kinds);
                await writer.WriteAsync(id, asOf, results, cancellationToken);
                snapshots += results.Count;
            }

            await services.GetRequiredService<Data.IUnitOfWork>().SaveChangesAsync(cancellationToken);
            enterprises += ids.Count;
        }

        logger.LogInformation("Eligibility snapshots as of {AsOf}: {Enterprises} enterprises, {Snapshots} results", asOf, enterprises, snapshots);
        return new EligibilityRefreshResultDto(asOf, enterprises, snapshots);
    }
}
