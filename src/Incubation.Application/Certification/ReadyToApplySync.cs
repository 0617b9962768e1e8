using Incubation.Cultivation;
using Incubation.Data;
using Microsoft.EntityFrameworkCore;

namespace Incubation.Certification;

/// <summary>
/// Keeps the pool's "ready to apply" stage (申报冲刺) and the 高企 pipeline's Candidate stage in step: moving a pool
/// member there starts its candidate application for the year, and starting a 高企 application moves an admitted
/// member there. Both sides are changed in the caller's unit of work, so one save writes both or neither.
/// </summary>
public sealed class ReadyToApplySync(IRepository<CertificationApplication> applications, IRepository<PoolMembership> memberships)
{
    public async Task StartCandidateAsync(Guid enterpriseId, int year, ApplicationActor actor, CancellationToken cancellationToken)
    {
        if (!await applications.Query().AnyAsync(a => a.EnterpriseId == enterpriseId && a.Kind == QualificationKind.HighTech && a.Year == year, cancellationToken))
        {
            applications.Add(CertificationApplication.Start(enterpriseId, QualificationKind.HighTech, year, actor, null));
        }
    }

    public async Task MovePoolAsync(Guid enterpriseId, MembershipActor actor, CancellationToken cancellationToken)
    {
        var membership = await memberships.Query().Include(m => m.Events)
            .FirstOrDefaultAsync(m => m.EnterpriseId == enterpriseId && m.IsOpen && m.Status == MembershipStatus.Admitted, cancellationToken);
        if (membership is not null && membership.Stage != CultivationStage.ReadyToApply)
        {
            membership.MoveTo(CultivationStage.ReadyToApply, actor, null);
        }
    }
}
