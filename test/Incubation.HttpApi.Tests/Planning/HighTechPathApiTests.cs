using Incubation.Certification;
using Incubation.Cultivation;
using Incubation.Data;
using Microsoft.Extensions.DependencyInjection;

namespace Incubation.Planning;

/// <summary>The 高企 path: what lapses before the target year without a renewal, and who in the pool is closest.</summary>
public class HighTechPathApiTests(IncubationWebApplicationFactory factory) : IClassFixture<IncubationWebApplicationFactory>
{
    private readonly TestData _data = new(factory);

    [Fact]
    public async Task Should_count_the_certificates_lapsing_without_renewal_and_rank_the_pools_candidates()
    {
        var lapsing = await _data.EnterpriseAsync("Lapsing");
        var renewing = await _data.EnterpriseAsync("Renewing");
        var lasting = await _data.EnterpriseAsync("Lasting");
        var candidate = await _data.EnterpriseAsync("Candidate in pool");
        var asOf = new DateOnly(2025, 1, 15);
        await factory.WithServicesAsync(async sp =>
        {
            var quals = sp.GetRequiredService<IRepository<Qualification>>();
            quals.Add(new Qualification(lapsing.Id, QualificationKind.HighTech, "L1", new DateOnly(2022, 4, 1), new DateOnly(2025, 3, 31), QualificationSources.Bureau));
            quals.Add(new Qualification(renewing.Id, QualificationKind.HighTech, "R1", new DateOnly(2022, 4, 1), new DateOnly(2025, 3, 31), QualificationSources.Bureau));
            quals.Add(new Qualification(lasting.Id, QualificationKind.HighTech, "S1", new DateOnly(2024, 1, 1), new DateOnly(2026, 12, 31), QualificationSources.Bureau));
            var actor = new ApplicationActor(null, "test", DateTime.UtcNow);
            sp.GetRequiredService<IRepository<CertificationApplication>>().Add(CertificationApplication.Start(renewing.Id, QualificationKind.HighTech, 2025, actor, null));
            var membership = PoolMembership.Propose(candidate.Id, "test", null, new MembershipActor(null, "test", DateTime.UtcNow));
            membership.Admit(new MembershipActor(null, "test", DateTime.UtcNow), null);
            sp.GetRequiredService<IRepository<PoolMembership>>().Add(membership);
            await sp.GetRequiredService<IUnitOfWork>().SaveChangesAsync(CancellationToken.None);
            return 0;
        });
        using var admin = await _data.AdminClientAsync();
        using var opened = await admin.GetAsync($"/api/app/enterprises/{candidate.Id}/eligibility"); // records the engine's snapshot

        var path = await admin.GetFromJsonAsync<HighTechPathDto>($"/api/app/planning/high-tech-path?asOf=2025-01-15");

        Assert.Equal((3m, 2025, 220m, 1), (path.Current, path.TargetYear!.Value, path.TargetValue!.Value, path.ExpiringWithoutRenewal));
        Assert.Equal(220m - 3 + 1, path.Needed);
        var row = Assert.Single(path.Candidates);
        Assert.Equal((candidate.Id, CultivationStage.Reserve), (row.EnterpriseId, row.Stage));
        Assert.Equal(asOf, path.AsOf);
    }
}
