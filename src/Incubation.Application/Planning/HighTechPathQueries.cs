using Incubation.Certification;
using Incubation.Certification.Eligibility;
using Incubation.Cultivation;
using Incubation.Data;
using Incubation.Enterprises;
using Microsoft.EntityFrameworkCore;

namespace Incubation.Planning;

/// <summary>The 高企 side of the path to target: certificates about to lapse, and the pool's closest candidates.</summary>
public sealed class HighTechPathQueries(
    IEnterpriseRepository enterprises,
    IRepository<Qualification> qualifications,
    IRepository<CertificationApplication> applications,
    IRepository<PoolMembership> memberships,
    IRepository<EligibilitySnapshot> snapshots)
{
    public const int CandidateCount = 10;

    /// <summary>
    /// 高企 valid on <paramref name="asOf"/> whose certificates all lapse before <paramref name="end"/> and that have no
    /// re-certification under way (an application from candidate to approved): the count the projection loses.
    /// </summary>
    public Task<int> CountLapsingWithoutRenewalAsync(DateOnly asOf, DateOnly end, CancellationToken cancellationToken)
    {
        var highTech = qualifications.Query().Where(q => q.Kind == QualificationKind.HighTech);
        var pipeline = applications.Query().Where(a => a.Kind == QualificationKind.HighTech && a.Stage <= ApplicationStage.Approved);
        return enterprises.Query()
            .Where(e => highTech.Any(q => q.EnterpriseId == e.Id && q.IssuedOn <= asOf && q.ExpiresOn >= asOf)
                        && !highTech.Any(q => q.EnterpriseId == e.Id && q.ExpiresOn >= end)
                        && !pipeline.Any(a => a.EnterpriseId == e.Id))
            .CountAsync(cancellationToken);
    }

    /// <summary>Pool enterprises without a valid 高企 certificate, best engine verdict first, then fewest failed conditions.</summary>
    public async Task<IReadOnlyList<HighTechCandidateDto>> ClosestCandidatesAsync(DateOnly asOf, CancellationToken cancellationToken)
    {
        var valid = qualifications.Query().Where(q => q.Kind == QualificationKind.HighTech && q.IssuedOn <= asOf && q.ExpiresOn >= asOf);
        var rows = await (
                from m in memberships.Query()
                join e in enterprises.Query() on m.EnterpriseId equals e.Id
                join s in snapshots.Query() on e.Id equals s.EnterpriseId
                where m.IsOpen && m.Status == MembershipStatus.Admitted && s.Kind == QualificationKind.HighTech
                      && !valid.Any(q => q.EnterpriseId == e.Id)
                orderby s.VerdictRank, s.FailedCount, s.ScoreMax descending, e.Name
                select new HighTechCandidateDto(e.Id, e.Name, m.Stage ?? CultivationStage.Reserve, s.Verdict, s.FailedCount, s.ScoreMax, s.PassMark))
            .Take(CandidateCount)
            .ToListAsync(cancellationToken);
        return rows;
    }
}
