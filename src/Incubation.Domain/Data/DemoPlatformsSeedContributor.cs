using System.Globalization;
using Incubation.Enterprises;
using Incubation.Incubators;
using Incubation.Localization;
using Incubation.Lookups;
using Incubation.Planning;
using Incubation.Platforms;

namespace Incubation.Data;

/// <summary>
/// Development only: about 30 innovation platforms of every kind and level (some revoked or closed), 15 tech-transfer
/// projects over 2023–2026 and a few benefit grants for demo enterprises, and kinds and targets for the demo
/// incubators, so the Platforms pages and the benefits ledger show real shapes. Synthetic like the rest of the demo
/// set: approval numbers start with DEMO-, hosts are demo enterprises or made-up institutions. Each part is seeded
/// once (only while its table is empty); deterministic.
/// </summary>
public sealed class DemoPlatformsSeedContributor(
    IEnterpriseRepository enterprises,
    IRepository<Incubator> incubators,
    IRepository<InnovationPlatform> platforms,
    IRepository<TechTransferProject> projects,
    IRepository<BenefitGrant> grants,
    IRepository<SubDistrict> subDistricts,
    JsonLocalizationStore texts,
    IUnitOfWork unitOfWork,
    TimeProvider clock) : IDataSeedContributor
{
    public const int PlatformCount = 30;
    public const int ProjectCount = 15;
    public const int GrantCount = 12;

    private static readonly CultureInfo Chinese = CultureInfo.GetCultureInfo(IncubationResource.DefaultCulture);

    /// <summary>After the other demo contributors (enterprises 100, pool 110, visits 120, eligibility 130).</summary>
    public int Order => 140;

    public async Task SeedAsync(DataSeedContext context, CancellationToken cancellationToken)
    {
        if (!context.IncludeDemoData)
        {
            return;
        }

        var demo = enterprises.Query().Where(e => e.IsDemo).OrderBy(e => e.UnifiedSocialCreditCode)
            .Select(e => new DemoEnterprise(e.Id, e.Name, e.SubDistrictCode)).ToList();
        var today = ChinaTime.Today(clock);
        DescribeDemoIncubators();
        if (!platforms.Query().Any())
        {
            SeedPlatforms(demo, today);
        }

        if (demo.Count > 0 && !projects.Query().Any())
        {
            SeedProjects(demo, today);
        }

        if (demo.Count > 0 && !grants.Query().Any())
        {
            SeedGrants(demo, today);
        }

        await unitOfWork.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Gives the demo incubators kinds, levels and (for the bases) targets, unless someone has described them.</summary>
    private void DescribeDemoIncubators()
    {
        var demoIncubators = incubators.Query().Where(i => i.IsDemo).ToList().OrderBy(i => i.Name, StringComparer.Ordinal).ToList();
        if (demoIncubators.Count == 0 || demoIncubators.Any(i => i.Kind != IncubatorKind.Incubator || i.Level is not null))
        {
            return;
        }

        (IncubatorKind Kind, PlatformLevel Level, int? Incubated, int? HighTech)[] shapes =
        [
            (IncubatorKind.Incubator, PlatformLevel.Municipal, null, null),
            (IncubatorKind.InnovationBase, PlatformLevel.District, null, null), // held to the plan's 30 / 10
            (IncubatorKind.InnovationBase, PlatformLevel.Provincial, 40, 12),
            (IncubatorKind.MakerSpace, PlatformLevel.District, null, null),
        ];
        for (var i = 0; i < demoIncubators.Count; i++)
        {
            var incubator = demoIncubators[i];
            var shape = shapes[i % shapes.Length];
            incubator.Describe(incubator.Name, incubator.SubDistrictCode, shape.Kind, shape.Level, null, shape.Incubated, shape.HighTech);
        }
    }

    private void SeedPlatforms(List<DemoEnterprise> demo, DateOnly today)
    {
        var random = new Random(20231101);
        var names = ReferenceData.DemoNames();
        var districtCodes = subDistricts.Query().OrderBy(s => s.Code).Select(s => s.Code).ToList();
        var kinds = Enum.GetValues<PlatformKind>().Where(k => k != PlatformKind.Other).ToArray();
        var levels = Enum.GetValues<PlatformLevel>();
        for (var i = 0; i < PlatformCount; i++)
        {
            var kind = kinds[i % kinds.Length];
            var byEnterprise = demo.Count > 0 && i % 3 != 2;
            var host = byEnterprise ? demo[random.Next(demo.Count)] : null;
            var institution = host is null ? Pick(random, names["region"]) + Pick(random, names["brand"]) + Pick(random, names["institution"]) : null;
            var approvedOn = today.AddDays(-random.Next(60, 12 * 365));
            var status = i % 6 == 5 ? (i % 12 == 5 ? PlatformStatus.Revoked : PlatformStatus.Closed) : PlatformStatus.Active;
            DateOnly? endedOn = status == PlatformStatus.Active
                ? null
                : approvedOn.AddDays(random.Next(1, Math.Max(2, today.DayNumber - approvedOn.DayNumber)));
            var name = (host?.Name ?? institution) + texts.Find("Enum:PlatformKind." + kind, Chinese);
            platforms.Add(new InnovationPlatform(Guid.CreateVersion7(), new PlatformDescription(
                name, kind, levels[random.Next(levels.Length)], host?.Id, institution,
                host?.SubDistrictCode ?? Pick(random, districtCodes),
                $"DEMO-PF-{approvedOn.Year}-{i + 1:000}", approvedOn, status, endedOn, null)));
        }
    }

    private void SeedProjects(List<DemoEnterprise> demo, DateOnly today)
    {
        var random = new Random(20230501);
        var titles = ReferenceData.DemoNames()["project"].ToList();
        for (var i = 0; i < ProjectCount; i++)
        {
            var year = Math.Min(2023 + (i % 4), today.Year);
            var status = (i % 5) switch
            {
                0 => TechTransferStatus.Applied,
                1 or 2 => TechTransferStatus.Funded,
                3 => TechTransferStatus.Completed,
                _ => year < today.Year ? TechTransferStatus.Completed : TechTransferStatus.Funded,
            };
            if (i == ProjectCount - 1)
            {
                status = TechTransferStatus.Terminated;
            }

            var lastDay = year == today.Year ? today : new DateOnly(year, 12, 31);
            DateOnly? fundedOn = status == TechTransferStatus.Applied ? null : new DateOnly(year, 1, 1).AddDays(random.Next(lastDay.DayOfYear));
            decimal? amount = fundedOn is null ? null : 100_000m * random.Next(2, 31);
            var enterprise = demo[random.Next(demo.Count)];
            projects.Add(new TechTransferProject(Guid.CreateVersion7(), new TechTransferDescription(
                year, enterprise.Id, titles[i % titles.Count], amount, fundedOn, status, null)));
        }
    }

    private void SeedGrants(List<DemoEnterprise> demo, DateOnly today)
    {
        var random = new Random(20230801);
        var policies = Enum.GetValues<BenefitPolicy>();
        for (var i = 0; i < GrantCount; i++)
        {
            var policy = policies[i % policies.Length];
            var grantedOn = today.AddDays(-random.Next(0, today.DayNumber - new DateOnly(2023, 1, 1).DayNumber));
            var amount = policy switch
            {
                BenefitPolicy.PoolCultivationFund => 50_000m,
                BenefitPolicy.HighTechAward => 100_000m * random.Next(1, 3),
                _ => 10_000m * random.Next(5, 51),
            };
            var batch = string.Format(Chinese, texts.Find("Benefits:DemoBatch", Chinese) ?? "{0}-{1}", grantedOn.Year, 1 + (grantedOn.Month - 1) / 6);
            grants.Add(new BenefitGrant(Guid.CreateVersion7(), demo[random.Next(demo.Count)].Id, policy, batch, amount, grantedOn, "Demo"));
        }
    }

    private static string Pick(Random random, IEnumerable<string> items)
    {
        var list = items as IReadOnlyList<string> ?? items.ToList();
        return list[random.Next(list.Count)];
    }

    private sealed record DemoEnterprise(Guid Id, string Name, string SubDistrictCode);
}
