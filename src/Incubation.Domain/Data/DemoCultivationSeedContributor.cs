using Incubation.Certification;
using Incubation.Cultivation;
using Incubation.Enterprises;

namespace Incubation.Data;

/// <summary>
/// Development only: puts most demo enterprises in the cultivation pool (spread over the three stages, a few
/// proposals waiting) and gives some of them qualifications, so the pool page and the ladders show real shapes.
/// </summary>
public sealed class DemoCultivationSeedContributor(
    IEnterpriseRepository enterprises,
    IRepository<PoolMembership> memberships,
    IRepository<Qualification> qualifications,
    IUnitOfWork unitOfWork,
    TimeProvider clock) : IDataSeedContributor
{
    public const int AdmittedCount = 125;
    public const int ProposedCount = 6;

    public int Order => 110;

    public async Task SeedAsync(DataSeedContext context, CancellationToken cancellationToken)
    {
        if (!context.IncludeDemoData || memberships.Query().Any())
        {
            return;
        }

        var random = new Random(20230615);
        var now = clock.GetUtcNow().UtcDateTime;
        var demo = enterprises.Query().Where(e => e.IsDemo).OrderBy(e => e.UnifiedSocialCreditCode).Select(e => e.Id).ToList();
        foreach (var (enterpriseId, index) in demo.Select((id, i) => (id, i)).Take(AdmittedCount + ProposedCount))
        {
            var proposedAt = now.AddDays(-30 - random.Next(330));
            var membership = PoolMembership.Propose(enterpriseId, "Demo", null, new MembershipActor(null, "demo", proposedAt));
            if (index < AdmittedCount)
            {
                membership.Admit(new MembershipActor(null, "demo", proposedAt.AddDays(7)), null);
                var roll = random.Next(10);
                if (roll >= 5)
                {
                    membership.MoveTo(roll >= 8 ? CultivationStage.ReadyToApply : CultivationStage.Key,
                        new MembershipActor(null, "demo", proposedAt.AddDays(14 + random.Next(10))), null);
                }
            }

            memberships.Add(membership);
            AddQualifications(enterpriseId, random, now);
        }

        await unitOfWork.SaveChangesAsync(cancellationToken);
    }

    private void AddQualifications(Guid enterpriseId, Random random, DateTime now)
    {
        var today = DateOnly.FromDateTime(now);
        void Add(QualificationKind kind, int daysAgo)
        {
            var issuedOn = today.AddDays(-daysAgo);
            qualifications.Add(new Qualification(enterpriseId, kind, $"DEMO-{kind}-{random.Next(100000, 999999)}", issuedOn,
                QualificationValidity.DefaultExpiry(kind, issuedOn, QualificationConsts.DefaultTechSmeValidUntil), "Demo"));
        }

        var roll = random.Next(100);
        if (roll < 55)
        {
            Add(QualificationKind.TechSme, random.Next(200));
        }

        if (roll < 20)
        {
            Add(QualificationKind.HighTech, random.Next(1100));
        }

        if (roll is >= 10 and < 25)
        {
            Add(QualificationKind.InnovativeSme, random.Next(700));
        }

        if (roll is >= 12 and < 15)
        {
            Add(QualificationKind.SrdiSme, random.Next(500));
        }
    }
}
