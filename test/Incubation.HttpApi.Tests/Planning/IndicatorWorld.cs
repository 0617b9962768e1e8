using Incubation.Certification;
using Incubation.Cultivation;
using Incubation.Data;
using Incubation.Enterprises;
using Incubation.Incubators;
using Incubation.Platforms;
using Microsoft.Extensions.DependencyInjection;

namespace Incubation.Planning;

/// <summary>
/// A hand-built district whose indicator values are known, as of <see cref="AsOf"/> (30 June 2025) and of
/// <see cref="Earlier"/> (30 June 2023). Each row is there to be counted or to be left out for a stated reason.
/// </summary>
public sealed class IndicatorWorld
{
    public static readonly DateOnly AsOf = new(2025, 6, 30);
    public static readonly DateOnly Earlier = new(2023, 6, 30);

    public required Incubator Incubator { get; init; }

    /// <summary>高企 valid on AsOf; latest verified year 2024 with R&amp;D 1,000,000, 20 tech staff; 规上 sci-tech service, revenue 5,000,000; in the pool.</summary>
    public required Enterprise Leader { get; init; }

    /// <summary>高企 that expired end of 2023 (renewed only after AsOf); its 2024 figures are submitted, not verified; left the pool before AsOf.</summary>
    public required Enterprise Lapsed { get; init; }

    /// <summary>Its 高企 certificate was deleted; verified 2024 with zero R&amp;D and 5 tech staff; admitted to the pool after AsOf.</summary>
    public required Enterprise Deleted { get; init; }

    /// <summary>专精特新 (provincial); 2024 verified only after AsOf, so 2023 counts: R&amp;D 200,000, 7 tech staff. In sub-district B.</summary>
    public required Enterprise Srdi { get; init; }

    public static async Task<IndicatorWorld> BuildAsync(IncubationWebApplicationFactory factory)
    {
        var data = new TestData(factory);
        var incubator = await data.IncubatorAsync("Indicator incubator");
        var leader = await data.EnterpriseAsync("Leader Tech", incubatorId: incubator.Id);
        var lapsed = await data.EnterpriseAsync("Lapsed Tech", incubatorId: incubator.Id);
        var deleted = await data.EnterpriseAsync("Deleted Cert Tech");
        var srdi = await data.EnterpriseAsync("Srdi Tech", subDistrictCode: TestData.SubDistrictB);
        var giant = await data.EnterpriseAsync("Giant Tech", subDistrictCode: TestData.SubDistrictB);
        var innovative = await data.EnterpriseAsync("Innovative Only");
        var gone = await data.EnterpriseAsync("Gone Tech");

        await factory.WithServicesAsync(async sp =>
        {
            var enterprises = sp.GetRequiredService<IEnterpriseRepository>();
            var quals = sp.GetRequiredService<IRepository<Qualification>>();
            var years = sp.GetRequiredService<IYearlyDataRepository>();
            var pool = sp.GetRequiredService<IRepository<PoolMembership>>();
            var platforms = sp.GetRequiredService<IRepository<InnovationPlatform>>();
            var projects = sp.GetRequiredService<IRepository<TechTransferProject>>();
            var uow = sp.GetRequiredService<IUnitOfWork>();

            // Certificates.
            quals.Add(Cert(leader, QualificationKind.HighTech, "2023-01-01", "2025-12-31"));
            quals.Add(Cert(lapsed, QualificationKind.HighTech, "2021-01-01", "2023-12-31"));
            quals.Add(Cert(lapsed, QualificationKind.HighTech, "2025-07-01", "2028-06-30"));
            var deletedCert = Cert(deleted, QualificationKind.HighTech, "2024-01-01", "2026-12-31");
            quals.Add(deletedCert);
            quals.Add(Cert(srdi, QualificationKind.SrdiSme, "2024-05-01", "2027-04-30"));
            quals.Add(Cert(giant, QualificationKind.LittleGiant, "2024-09-01", "2027-08-31"));
            quals.Add(Cert(innovative, QualificationKind.InnovativeSme, "2024-09-01", "2027-08-31"));
            quals.Add(Cert(gone, QualificationKind.HighTech, "2024-01-01", "2026-12-31"));

            // Yearly data: only what was verified by the day counts, and only each enterprise's latest such year.
            years.Add(Verified(leader, 2023, "2024-03-01", new YearlyFigures { RdExpense = 500_000m, TechStaff = 10, OperatingRevenue = 3_000_000m }));
            years.Add(Verified(leader, 2024, "2025-03-01", new YearlyFigures { RdExpense = 1_000_000m, TechStaff = 20, OperatingRevenue = 5_000_000m }));
            years.Add(Submitted(lapsed, 2024, new YearlyFigures { RdExpense = 9_999m, TechStaff = 99 }));
            years.Add(Verified(deleted, 2024, "2025-04-01", new YearlyFigures { RdExpense = 0m, TechStaff = 5 }));
            years.Add(Verified(srdi, 2023, "2024-03-15", new YearlyFigures { RdExpense = 200_000m, TechStaff = 7 }));
            years.Add(Verified(srdi, 2024, "2025-08-01", new YearlyFigures { RdExpense = 300_000m, TechStaff = 8 }));
            years.Add(Verified(gone, 2024, "2025-03-01", new YearlyFigures { RdExpense = 7_000_000m, TechStaff = 70 }));

            // The pool: in, left before the day, admitted after it.
            pool.Add(Admitted(leader, "2024-01-10", exitedOn: null));
            pool.Add(Admitted(lapsed, "2024-02-01", exitedOn: "2025-05-01"));
            pool.Add(Admitted(deleted, "2025-07-15", exitedOn: null));

            // Platforms: counting, ended before the day, approved after it, deleted.
            platforms.Add(Platform("Active lab", "2020-05-01", ended: null, host: leader.Id));
            platforms.Add(Platform("Closed centre", "2024-01-01", ended: "2025-03-01", host: null));
            platforms.Add(Platform("Future centre", "2025-08-01", ended: null, host: null));
            var deletedPlatform = Platform("Deleted centre", "2021-01-01", ended: null, host: null);
            platforms.Add(deletedPlatform);

            // Projects: funded this year by the day; last year; only applied; terminated; funded after the day.
            projects.Add(Project(leader, 2025, "2025-03-01", TechTransferStatus.Funded));
            projects.Add(Project(leader, 2024, "2024-11-01", TechTransferStatus.Completed));
            projects.Add(Project(srdi, 2025, null, TechTransferStatus.Applied));
            projects.Add(Project(srdi, 2025, "2025-05-01", TechTransferStatus.Terminated));
            projects.Add(Project(srdi, 2025, "2025-08-01", TechTransferStatus.Funded));
            await uow.SaveChangesAsync(CancellationToken.None);

            quals.Remove(deletedCert);
            platforms.Remove(deletedPlatform);
            var tracked = await enterprises.FindForUpdateAsync(leader.Id, CancellationToken.None) ?? throw new InvalidOperationException();
            tracked.IsAboveScale = true;
            tracked.IsSciTechService = true;
            await uow.SaveChangesAsync(CancellationToken.None);
            return 0;
        });

        // The deleted enterprise goes as an officer would delete it: its certificates and years are left behind.
        await factory.WithServicesAsync(async sp =>
        {
            var enterprises = sp.GetRequiredService<IEnterpriseRepository>();
            enterprises.Remove(await enterprises.FindForUpdateAsync(gone.Id, CancellationToken.None) ?? throw new InvalidOperationException());
            await sp.GetRequiredService<IUnitOfWork>().SaveChangesAsync(CancellationToken.None);
            return 0;
        });

        return new IndicatorWorld { Incubator = incubator, Leader = leader, Lapsed = lapsed, Deleted = deleted, Srdi = srdi };
    }

    private static DateOnly Day(string date) => DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture);

    private static DateTime Noon(string date) => ChinaTime.StartOfDayUtc(Day(date)).AddHours(12);

    private static Qualification Cert(Enterprise e, QualificationKind kind, string issued, string expires) =>
        new(e.Id, kind, "N" + Guid.NewGuid().ToString("N")[..10], Day(issued), Day(expires), QualificationSources.Bureau);

    private static YearlyData Submitted(Enterprise e, int year, YearlyFigures figures)
    {
        var data = new YearlyData(Guid.CreateVersion7(), e.Id, year, figures, DataProvenance.EnteredByOfficer, Noon($"{year + 1}-02-01"));
        data.Submit(new YearlyDataActor(null, "test", Noon($"{year + 1}-02-01")));
        return data;
    }

    private static YearlyData Verified(Enterprise e, int year, string verifiedOn, YearlyFigures figures)
    {
        var data = Submitted(e, year, figures);
        data.Verify(new YearlyDataActor(null, "test", Noon(verifiedOn)));
        return data;
    }

    private static PoolMembership Admitted(Enterprise e, string admittedOn, string? exitedOn)
    {
        var membership = PoolMembership.Propose(e.Id, "test", null, new MembershipActor(null, "test", Noon(admittedOn).AddDays(-5)));
        membership.Admit(new MembershipActor(null, "test", Noon(admittedOn)), null);
        if (exitedOn is not null)
        {
            membership.Exit(ExitReason.MovedOut, new MembershipActor(null, "test", Noon(exitedOn)), null);
        }

        return membership;
    }

    private static InnovationPlatform Platform(string name, string approved, string? ended, Guid? host) =>
        new(Guid.CreateVersion7(), new PlatformDescription(
            name, PlatformKind.KeyLaboratory, PlatformLevel.Provincial, host, host is null ? "Test university" : null,
            TestData.SubDistrictA, null, Day(approved), ended is null ? PlatformStatus.Active : PlatformStatus.Closed,
            ended is null ? null : Day(ended), null));

    private static TechTransferProject Project(Enterprise e, int year, string? funded, TechTransferStatus status) =>
        new(Guid.CreateVersion7(), new TechTransferDescription(year, e.Id, "Project " + Guid.NewGuid().ToString("N")[..6], 100_000m,
            funded is null ? null : Day(funded), status, null));
}

/// <summary>One factory and one hand-built world per test class: the known answers hold only if nothing else is added.</summary>
public sealed class IndicatorWorldFixture : IAsyncLifetime
{
    public IncubationWebApplicationFactory Factory { get; } = new();

    public IndicatorWorld World { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        await Factory.InitializeAsync();
        World = await IndicatorWorld.BuildAsync(Factory);
    }

    public async Task DisposeAsync() => await ((IAsyncLifetime)Factory).DisposeAsync();
}
