using Incubation.Data;
using Microsoft.EntityFrameworkCore;

namespace Incubation.Visits;

/// <summary>
/// Needs that were overdue when a half-year ended: read back from each need's timeline (the last step before the
/// end says its status, unit and due date then), so later answers or transfers do not rewrite what happened.
/// </summary>
public sealed class OverdueAtPeriodEnd(IRepository<NeedEvent> events)
{
    /// <summary>The cut-off day: the half-year's last day, or today while it runs.</summary>
    public static DateOnly CutOff(HalfYear period, DateOnly today) => period.End < today ? period.End : today;

    /// <summary>The last step of every need raised by the cut-off: its status, unit and due date at the end of that day.</summary>
    public IQueryable<NeedEvent> StatesAt(DateOnly cutOff)
    {
        var endUtc = ChinaTime.StartOfDayUtc(cutOff.AddDays(1));
        var before = events.Query().AsNoTracking().Where(e => e.Time < endUtc);
        return before.Where(e => e.Sequence == before.Where(x => x.NeedId == e.NeedId).Max(x => x.Sequence));
    }

    /// <summary>The last step of each need overdue at the cut-off (the step's unit is the unit that held it then).</summary>
    public IQueryable<NeedEvent> LastSteps(DateOnly cutOff)
    {
        var pending = NeedConsts.Pending.ToList();
        return StatesAt(cutOff).Where(e => pending.Contains(e.Status) && e.DueDate < cutOff);
    }
}
