using Incubation.Data;
using Incubation.Enterprises;
using Microsoft.EntityFrameworkCore;

namespace Incubation.Certification.Eligibility;

/// <summary>
/// Development only: three verified fiscal years and an eligibility profile for each demo enterprise, spread from
/// small start-ups to established firms, then the snapshots computed once, so the eligibility panel and the candidate
/// list show real verdicts, scores and gaps on the first run.
/// </summary>
public sealed class DemoEligibilitySeedContributor(
    IEnterpriseRepository enterprises,
    IRepository<YearlyData> yearlyData,
    IRepository<EligibilityProfile> profiles,
    IRepository<EligibilitySnapshot> snapshots,
    EligibilityRefreshJob refreshJob,
    IUnitOfWork unitOfWork,
    TimeProvider clock) : IDataSeedContributor
{
    public int Order => 130;

    public async Task SeedAsync(DataSeedContext context, CancellationToken cancellationToken)
    {
        if (!context.IncludeDemoData || await profiles.Query().AnyAsync(cancellationToken))
        {
            return;
        }

        var random = new Random(20240301);
        var today = ChinaTime.Today(clock);
        var verifiedAt = ChinaTime.StartOfDayUtc(today).AddDays(-20);
        var demo = await enterprises.Query().Where(e => e.IsDemo).OrderBy(e => e.UnifiedSocialCreditCode).Select(e => e.Id).ToListAsync(cancellationToken);
        var seeded = await yearlyData.Query().Select(y => y.EnterpriseId).Distinct().ToListAsync(cancellationToken);
        foreach (var enterpriseId in demo)
        {
            var profile = new EligibilityProfile(enterpriseId);
            profile.Update(new DateOnly(2008 + random.Next(16), 1 + random.Next(12), 1), (RdInstitutionLevel)random.Next(5),
                random.Next(20) > 0, random.Next(3) == 0 ? null : (TechSmeRdOption)random.Next(2));
            profiles.Add(profile);
            if (!seeded.Contains(enterpriseId))
            {
                AddYears(enterpriseId, today.Year, random, verifiedAt);
            }
        }

        await unitOfWork.SaveChangesAsync(cancellationToken);
        if (!await snapshots.Query().AnyAsync(cancellationToken))
        {
            await refreshJob.RunAsync(today, cancellationToken);
        }
    }

    /// <summary>Y-3..Y-1 of a firm whose size spans ¥3M to ¥300M and that grows 0–30 % a year.</summary>
    private void AddYears(Guid enterpriseId, int applicationYear, Random random, DateTime verifiedAt)
    {
        var revenue = Nearest((decimal)Math.Pow(10, 6.5 + (random.NextDouble() * 2)), 1000m);
        var growth = 1m + ((decimal)random.NextDouble() * 0.3m);
        var rdRate = 0.01m + ((decimal)random.NextDouble() * 0.09m);
        var employees = 10 + random.Next(300);
        var ipClass1 = random.Next(4);
        for (var year = applicationYear - 3; year < applicationYear; year++)
        {
            var rd = Nearest(revenue * rdRate, 100m);
            var assets = Nearest(revenue * (0.6m + ((decimal)random.NextDouble() * 0.8m)), 1000m);
            var liabilities = Nearest(assets * (0.3m + ((decimal)random.NextDouble() * 0.5m)), 1000m);
            var figures = new YearlyFigures
            {
                SalesRevenue = revenue,
                TotalIncome = Nearest(revenue * 1.03m, 1000m),
                HighTechIncome = Nearest(revenue * (0.4m + ((decimal)random.NextDouble() * 0.55m)), 1000m),
                RdExpense = rd,
                DomesticRdExpense = Nearest(rd * (0.5m + ((decimal)random.NextDouble() * 0.5m)), 100m),
                CostAndExpenseTotal = Nearest(revenue * 0.85m, 1000m),
                OperatingRevenue = revenue,
                MainBusinessRevenue = Nearest(revenue * (0.6m + ((decimal)random.NextDouble() * 0.4m)), 1000m),
                NetProfit = Nearest(revenue * (-0.05m + ((decimal)random.NextDouble() * 0.2m)), 1000m),
                NetAssets = assets - liabilities,
                TotalAssets = assets,
                TotalLiabilities = liabilities,
                Employees = employees,
                TechStaff = Math.Max(1, (int)(employees * (0.05 + (random.NextDouble() * 0.4)))),
                RdStaff = Math.Max(1, (int)(employees * (0.03 + (random.NextDouble() * 0.3)))),
                IpClass1Count = ipClass1,
                IpClass1SelfDevelopedCount = ipClass1 == 0 ? 0 : random.Next(ipClass1 + 1),
                IpClass2Count = random.Next(12),
                Conversions = random.Next(7),
                NewEquityFinancing = random.Next(4) == 0 ? Nearest(revenue * 0.2m, 10000m) : 0,
            };
            var data = new YearlyData(Guid.CreateVersion7(), enterpriseId, year, figures, DataProvenance.EnteredByOfficer, verifiedAt);
            var actor = new YearlyDataActor(null, "demo", verifiedAt);
            data.Submit(actor);
            data.Verify(actor);
            yearlyData.Add(data);
            revenue = Nearest(revenue * growth, 1000m);
            employees += random.Next(15);
            ipClass1 += random.Next(2);
        }
    }

    private static decimal Nearest(decimal value, decimal step) => Math.Round(value / step) * step;
}
