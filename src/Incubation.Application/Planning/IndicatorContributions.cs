using Incubation.Certification;
using Incubation.Cultivation;
using Incubation.Data;
using Incubation.Enterprises;
using Incubation.Platforms;

namespace Incubation.Planning;

/// <summary>
/// The definition of every indicator as a query of the rows behind it, as of the end of a day (China time). Only
/// verified yearly data counts (the latest year verified by then), certificates count while valid on the day,
/// soft-deleted rows never count, and every query runs inside the caller's data scope through the enterprise filter.
/// </summary>
public sealed class IndicatorContributions(
    IEnterpriseRepository enterprises,
    IRepository<Qualification> qualifications,
    IYearlyDataRepository yearlyData,
    IRepository<PoolMembership> memberships,
    IRepository<InnovationPlatform> platforms,
    IRepository<TechTransferProject> projects)
{
    private static readonly QualificationKind[] HighTech = [QualificationKind.HighTech];

    /// <summary>专精特新 at any level: the province's 专精特新中小企业 and MIIT's 小巨人.</summary>
    private static readonly QualificationKind[] Srdi = [QualificationKind.SrdiSme, QualificationKind.LittleGiant];

    public IQueryable<Contribution> For(Indicator indicator, DateOnly asOf) => indicator switch
    {
        Indicator.HighTechEnterprises => Holding(HighTech, asOf),
        Indicator.SrdiEnterprises => Holding(Srdi, asOf),
        Indicator.RdActiveEnterprises => RdActive(asOf),
        Indicator.RdInvestment => RdInvestment(asOf),
        Indicator.SciTechServiceEnterprises => SciTechService(asOf, revenue: false),
        Indicator.SciTechServiceRevenue => SciTechService(asOf, revenue: true),
        Indicator.TechTalent => TechTalent(asOf),
        Indicator.PoolSize => Pool(asOf),
        Indicator.InnovationPlatforms => Platforms(asOf),
        Indicator.TechTransferProjectsFunded => ProjectsFunded(asOf),
        _ => throw new ArgumentOutOfRangeException(nameof(indicator), indicator, null),
    };

    /// <summary>Enterprises holding a certificate of one of the kinds valid on the day (issued by then, not yet expired).</summary>
    private IQueryable<Contribution> Holding(QualificationKind[] kinds, DateOnly asOf)
    {
        var valid = qualifications.Query().Where(q => kinds.Contains(q.Kind) && q.IssuedOn <= asOf && q.ExpiresOn >= asOf);
        return enterprises.Query()
            .Where(e => valid.Any(q => q.EnterpriseId == e.Id))
            .Select(e => new Contribution
            {
                Id = e.Id, Name = e.Name, EnterpriseId = e.Id, SubDistrictCode = e.SubDistrictCode, IncubatorId = e.IncubatorId,
                Value = 1,
                Date = valid.Where(q => q.EnterpriseId == e.Id).Max(q => (DateOnly?)q.ExpiresOn),
            });
    }

    /// <summary>Enterprises whose latest verified year shows R&amp;D expense above zero.</summary>
    private IQueryable<Contribution> RdActive(DateOnly asOf) =>
        from y in yearlyData.Query().LatestVerified(asOf)
        join e in enterprises.Query() on y.EnterpriseId equals e.Id
        where y.RdExpense > 0
        select new Contribution
        {
            Id = e.Id, Name = e.Name, EnterpriseId = e.Id, SubDistrictCode = e.SubDistrictCode, IncubatorId = e.IncubatorId,
            Value = 1, FiscalYear = y.FiscalYear,
        };

    /// <summary>The R&amp;D expense of each enterprise's latest verified year (yuan).</summary>
    private IQueryable<Contribution> RdInvestment(DateOnly asOf) =>
        from y in yearlyData.Query().LatestVerified(asOf)
        join e in enterprises.Query() on y.EnterpriseId equals e.Id
        where y.RdExpense > 0
        select new Contribution
        {
            Id = e.Id, Name = e.Name, EnterpriseId = e.Id, SubDistrictCode = e.SubDistrictCode, IncubatorId = e.IncubatorId,
            Value = y.RdExpense!.Value, FiscalYear = y.FiscalYear,
        };

    /// <summary>
    /// 规上 sci-tech service enterprises (both flags) with a verified year by then, counted or by that year's operating
    /// revenue. The flags have no history; the verified year is what dates them.
    /// </summary>
    private IQueryable<Contribution> SciTechService(DateOnly asOf, bool revenue) =>
        from y in yearlyData.Query().LatestVerified(asOf)
        join e in enterprises.Query() on y.EnterpriseId equals e.Id
        where e.IsAboveScale && e.IsSciTechService && (!revenue || y.OperatingRevenue > 0)
        select new Contribution
        {
            Id = e.Id, Name = e.Name, EnterpriseId = e.Id, SubDistrictCode = e.SubDistrictCode, IncubatorId = e.IncubatorId,
            Value = revenue ? y.OperatingRevenue!.Value : 1, FiscalYear = y.FiscalYear,
        };

    /// <summary>Tech staff (科技人员) of each enterprise's latest verified year.</summary>
    private IQueryable<Contribution> TechTalent(DateOnly asOf) =>
        from y in yearlyData.Query().LatestVerified(asOf)
        join e in enterprises.Query() on y.EnterpriseId equals e.Id
        where y.TechStaff > 0
        select new Contribution
        {
            Id = e.Id, Name = e.Name, EnterpriseId = e.Id, SubDistrictCode = e.SubDistrictCode, IncubatorId = e.IncubatorId,
            Value = y.TechStaff!.Value, FiscalYear = y.FiscalYear,
        };

    /// <summary>Enterprises admitted to the pool by the end of the day and not exited by then.</summary>
    private IQueryable<Contribution> Pool(DateOnly asOf)
    {
        var cutoff = ChinaTime.StartOfDayUtc(asOf.AddDays(1));
        return from m in memberships.Query()
               join e in enterprises.Query() on m.EnterpriseId equals e.Id
               where m.AdmittedAt < cutoff && (m.ExitedAt == null || m.ExitedAt >= cutoff)
               select new Contribution
               {
                   Id = e.Id, Name = e.Name, EnterpriseId = e.Id, SubDistrictCode = e.SubDistrictCode, IncubatorId = e.IncubatorId,
                   Value = 1,
               };
    }

    /// <summary>Platforms approved by the day and not ended by then; a host enterprise must be in scope.</summary>
    private IQueryable<Contribution> Platforms(DateOnly asOf)
    {
        var inScope = enterprises.Query();
        return platforms.Query()
            .Where(p => p.ApprovedOn <= asOf && (p.EndedOn == null || p.EndedOn > asOf))
            .Select(p => new Contribution
            {
                Id = p.Id, Name = p.Name, EnterpriseId = p.HostEnterpriseId, SubDistrictCode = p.SubDistrictCode,
                IncubatorId = inScope.Where(e => e.Id == p.HostEnterpriseId).Select(e => e.IncubatorId).FirstOrDefault(),
                Value = 1, Date = p.ApprovedOn,
            });
    }

    /// <summary>Projects funded from 1 January of the day's year up to the day, not terminated.</summary>
    private IQueryable<Contribution> ProjectsFunded(DateOnly asOf)
    {
        var yearStart = new DateOnly(asOf.Year, 1, 1);
        return from p in projects.Query()
               join e in enterprises.Query() on p.EnterpriseId equals e.Id
               where p.FundedOn >= yearStart && p.FundedOn <= asOf
                     && (p.Status == TechTransferStatus.Funded || p.Status == TechTransferStatus.Completed)
               select new Contribution
               {
                   Id = p.Id, Name = p.Title, EnterpriseId = e.Id, SubDistrictCode = e.SubDistrictCode, IncubatorId = e.IncubatorId,
                   Value = 1, Date = p.FundedOn,
               };
    }
}
