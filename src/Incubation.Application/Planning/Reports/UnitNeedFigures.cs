using Incubation.Data;
using Incubation.Visits;
using Microsoft.EntityFrameworkCore;

namespace Incubation.Planning.Reports;

/// <summary>
/// Each unit's needs for a half-year, read from the needs' timelines as they stood at the cut-off (end of that day,
/// China time), so a draft of a past half-year and its issued report agree, and an answer given after the end does
/// not improve the half-year's figures. Definitions (the visits KPIs' and the reminder letters', reused):
/// <list type="bullet">
/// <item>collected — needs raised from the half-year's first day to the cut-off, counted for the unit holding them at the cut-off;</item>
/// <item>closed (办结) — of those, in a final status at the cut-off: confirmed closed, or approved as unresolvable;</item>
/// <item>overdue — needs pending past their due date at the cut-off, whenever raised (<see cref="OverdueAtPeriodEnd"/>,
/// the count reminder letters go by);</item>
/// <item>办结率 — closed / collected, four decimals; none when nothing was collected.</item>
/// </list>
/// </summary>
public sealed class UnitNeedFigures(IRepository<Need> needs, OverdueAtPeriodEnd timeline)
{
    private static readonly List<NeedStatus> Final = [NeedStatus.Closed, NeedStatus.Unresolvable];

    public static readonly ReportNeedFiguresDto None = new(0, 0, 0, null);

    public async Task<IReadOnlyDictionary<Guid, ReportNeedFiguresDto>> ByUnitAsync(HalfYear period, DateOnly cutOff, CancellationToken cancellationToken)
    {
        var final = Final;
        var raised = await (
                from state in timeline.StatesAt(cutOff)
                join need in needs.Query().AsNoTracking() on state.NeedId equals need.Id
                where need.RaisedOn >= period.Start && need.RaisedOn <= cutOff
                group state by state.ResponsibleUnitId into unit
                select new { UnitId = unit.Key, Collected = unit.Count(), Closed = unit.Count(s => final.Contains(s.Status)) })
            .ToDictionaryAsync(r => r.UnitId, cancellationToken);
        var overdue = await timeline.LastSteps(cutOff)
            .GroupBy(e => e.ResponsibleUnitId)
            .Select(g => new { UnitId = g.Key, Count = g.Select(e => e.NeedId).Distinct().Count() })
            .ToDictionaryAsync(r => r.UnitId, r => r.Count, cancellationToken);

        return raised.Keys.Union(overdue.Keys).ToDictionary(id => id, id =>
        {
            var r = raised.GetValueOrDefault(id);
            return Figures(r?.Collected ?? 0, r?.Closed ?? 0, overdue.GetValueOrDefault(id));
        });
    }

    public static ReportNeedFiguresDto Figures(int collected, int closed, int overdue) =>
        new(collected, closed, overdue, collected == 0 ? null : Math.Round((decimal)closed / collected, 4));

    public static ReportNeedFiguresDto Sum(IEnumerable<ReportNeedFiguresDto> figures)
    {
        var all = figures.ToList();
        return Figures(all.Sum(f => f.Collected), all.Sum(f => f.Closed), all.Sum(f => f.OverdueAtEnd));
    }
}
