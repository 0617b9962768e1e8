using FluentValidation;
using Incubation.Data;
using Incubation.Enterprises;
using Incubation.Identity;
using Incubation.Lookups;
using Incubation.Permissions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;

namespace Incubation.Visits;

/// <summary>
/// The campaign's figures for a period, in the caller's scope: visits, distinct enterprises visited, needs
/// collected / closed / overdue, 办结率, average days to close and satisfaction, per unit; each officer's coverage of
/// their enterprises this year against the yearly target. Aggregated in SQL.
/// </summary>
public sealed class VisitKpiAppService(
    IRepository<Visit> visits,
    IRepository<Need> needs,
    IRepository<ResponsibleUnit> units,
    IRepository<AppUser> users,
    IEnterpriseRepository enterprises,
    IPermissionChecker permissions,
    TimeProvider clock,
    IConfiguration configuration,
    VisitValidators validators) : IVisitKpiAppService
{
    public async Task<VisitKpiDto> GetAsync(GetVisitKpiInput input, CancellationToken cancellationToken)
    {
        await permissions.CheckAsync(IncubationPermissions.Visits.Default, cancellationToken);
        await validators.Kpi.ValidateAndThrowAsync(input, cancellationToken);
        var today = ChinaTime.Today(clock);
        var end = input.To ?? today;
        var start = input.From ?? new DateOnly(end.Year, 1, 1);

        var scopedEnterprises = enterprises.Query();
        if (!string.IsNullOrWhiteSpace(input.SubDistrictCode))
        {
            scopedEnterprises = scopedEnterprises.Where(e => e.SubDistrictCode == input.SubDistrictCode);
        }

        var periodVisits =
            from v in visits.Query().AsNoTracking()
            join e in scopedEnterprises on v.EnterpriseId equals e.Id
            where v.VisitDate >= start && v.VisitDate <= end
            select v;
        var visitCount = await periodVisits.CountAsync(cancellationToken);
        var enterprisesVisited = await periodVisits.Select(v => v.EnterpriseId).Distinct().CountAsync(cancellationToken);

        var periodNeeds =
            from n in needs.Query().AsNoTracking()
            join e in scopedEnterprises on n.EnterpriseId equals e.Id
            where n.RaisedOn >= start && n.RaisedOn <= end
            select n;
        var pending = NeedConsts.Pending.ToList();
        var byUnit = await periodNeeds
            .GroupBy(n => n.ResponsibleUnitId)
            .Select(g => new UnitTally
            {
                UnitId = g.Key,
                Collected = g.Count(),
                Closed = g.Count(n => n.Status == NeedStatus.Closed),
                Unresolvable = g.Count(n => n.Status == NeedStatus.Unresolvable),
                Overdue = g.Count(n => n.DueDate < today && pending.Contains(n.Status)),
                Returned = g.Count(n => n.RedoCount > 0),
                RatedCount = g.Count(n => n.Status == NeedStatus.Closed && n.Satisfaction != null),
                RatingSum = g.Where(n => n.Status == NeedStatus.Closed).Sum(n => n.Satisfaction ?? 0),
            })
            .ToListAsync(cancellationToken);

        // Only the two instants of closed needs leave the database, to average the days portably.
        var closings = await periodNeeds.Where(n => n.Status == NeedStatus.Closed && n.ClosedAt != null)
            .Select(n => new { n.ResponsibleUnitId, n.RaisedAt, ClosedAt = n.ClosedAt!.Value })
            .ToListAsync(cancellationToken);
        var daysByUnit = closings.GroupBy(c => c.ResponsibleUnitId)
            .ToDictionary(g => g.Key, g => (Sum: g.Sum(c => (c.ClosedAt - c.RaisedAt).TotalDays), Count: g.Count()));

        var unitIds = byUnit.Select(u => u.UnitId).ToList();
        var unitNames = await units.Query().AsNoTracking().IgnoreQueryFilters().Where(u => unitIds.Contains(u.Id))
            .ToDictionaryAsync(u => u.Id, u => u.Name, cancellationToken);
        var unitKpis = byUnit
            .Select(u => new UnitKpiDto(u.UnitId, unitNames.GetValueOrDefault(u.UnitId, string.Empty),
                ToKpi(u, daysByUnit.TryGetValue(u.UnitId, out var d) ? d : (0, 0))))
            .OrderByDescending(u => u.Needs.Overdue).ThenBy(u => u.ResponsibleUnitName)
            .ToList();
        var total = byUnit.Aggregate(new UnitTally(), (sum, u) => sum.Add(u));
        var totalDays = (daysByUnit.Values.Sum(d => d.Sum), daysByUnit.Values.Sum(d => d.Count));

        var target = configuration.GetValue(VisitConsts.CoverageTargetSetting, VisitConsts.DefaultCoverageTarget);
        return new VisitKpiDto(start, end, visitCount, enterprisesVisited, target, ToKpi(total, totalDays), unitKpis,
            await CoverageAsync(scopedEnterprises, end, target, cancellationToken));
    }

    /// <summary>Each officer's enterprises (in scope) and how many of them were visited from 1 January to the period's end.</summary>
    private async Task<IReadOnlyList<OfficerCoverageDto>> CoverageAsync(
        IQueryable<Enterprise> scopedEnterprises, DateOnly to, decimal target, CancellationToken cancellationToken)
    {
        var yearStart = new DateOnly(to.Year, 1, 1);
        var rows = await scopedEnterprises
            .Where(e => e.ResponsibleOfficerId != null)
            .GroupBy(e => e.ResponsibleOfficerId!.Value)
            .Select(g => new
            {
                OfficerId = g.Key,
                Assigned = g.Count(),
                Visited = g.Count(e => visits.Query().Any(v => v.EnterpriseId == e.Id && v.VisitDate >= yearStart && v.VisitDate <= to)),
            })
            .ToListAsync(cancellationToken);
        var ids = rows.Select(r => r.OfficerId).ToList();
        var names = await users.Query().AsNoTracking().Where(u => ids.Contains(u.Id))
            .ToDictionaryAsync(u => u.Id, u => u.DisplayName ?? u.UserName ?? string.Empty, cancellationToken);
        return rows.Select(r =>
            {
                decimal? coverage = r.Assigned == 0 ? null : Math.Round((decimal)r.Visited / r.Assigned, 4);
                return new OfficerCoverageDto(r.OfficerId, names.GetValueOrDefault(r.OfficerId, string.Empty), r.Assigned, r.Visited, coverage,
                    coverage >= target);
            })
            .OrderBy(r => r.Coverage).ThenBy(r => r.DisplayName)
            .ToList();
    }

    private static NeedKpiDto ToKpi(UnitTally t, (double Sum, int Count) days) => new(
        t.Collected, t.Closed, t.Unresolvable, t.Overdue, t.Returned,
        t.Collected == 0 ? null : Math.Round((decimal)(t.Closed + t.Unresolvable) / t.Collected, 4),
        days.Count == 0 ? null : Math.Round((decimal)(days.Sum / days.Count), 1),
        t.RatedCount == 0 ? null : Math.Round((decimal)t.RatingSum / t.RatedCount, 2));

    private sealed class UnitTally
    {
        public Guid UnitId { get; init; }
        public int Collected { get; init; }
        public int Closed { get; init; }
        public int Unresolvable { get; init; }
        public int Overdue { get; init; }
        public int Returned { get; init; }
        public int RatedCount { get; init; }
        public int RatingSum { get; init; }

        public UnitTally Add(UnitTally o) => new()
        {
            Collected = Collected + o.Collected, Closed = Closed + o.Closed, Unresolvable = Unresolvable + o.Unresolvable,
            Overdue = Overdue + o.Overdue, Returned = Returned + o.Returned, RatedCount = RatedCount + o.RatedCount, RatingSum = RatingSum + o.RatingSum,
        };
    }
}
