using Incubation.Data;
using Microsoft.EntityFrameworkCore;

namespace Incubation.Visits;

/// <summary>
/// Needs that were overdue when a half-year ended: read back from each need's timeline (the last step before the
/// end says its status, unit and due date then), so later answers or transfers do not rewrite what happened.
/// </summary>
public sealed class OverdueAtPeriodEnd(IRepository<Need> needs)
{
    /// <summary>The cut-off day: the half-year's last day, or today while it runs.</summary>
    public static DateOnly CutOff(HalfYear period, DateOnly today) => period.End < today ? period.End : today;

    public IQueryable<OverdueNeed> Query(DateOnly cutOff)
    {
        var endUtc = ChinaTime.StartOfDayUtc(cutOff.AddDays(1));
        var pending = NeedConsts.Pending.ToList();
        return
            from n in needs.Query().AsNoTracking()
            let last = n.Events.Where(e => e.Time < endUtc).OrderByDescending(e => e.Time).ThenByDescending(e => e.Id)
                .Select(e => new { e.Status, e.DueDate, e.ResponsibleUnitId }).FirstOrDefault()
            where last != null && pending.Contains(last.Status) && last.DueDate < cutOff
            select new OverdueNeed(n.Id, last.ResponsibleUnitId);
    }
}

public sealed record OverdueNeed(Guid NeedId, Guid UnitId);
