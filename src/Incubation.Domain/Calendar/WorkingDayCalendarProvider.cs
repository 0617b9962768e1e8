using Incubation.Data;

namespace Incubation.Calendar;

public sealed class WorkingDayCalendarProvider(IRepository<CalendarDay> days) : IWorkingDayCalendarProvider
{
    /// <summary>The widest window one call may load (a year and a bit): a guard against an unbounded caller.</summary>
    public const int MaxWindowDays = 400;

    public async Task<WorkingDayCalendar> GetAsync(DateOnly from, DateOnly to, CancellationToken cancellationToken)
    {
        if (to < from || to.DayNumber - from.DayNumber > MaxWindowDays)
        {
            throw new ArgumentOutOfRangeException(nameof(to), to, $"The window must run forwards and span at most {MaxWindowDays} days.");
        }

        var exceptions = new Dictionary<DateOnly, CalendarDayKind>();
        var query = days.Query().Where(d => d.Date >= from && d.Date <= to).Select(d => new DayKind(d.Date, d.Kind));

        // The domain does not reference EF Core, but EF's queries are IAsyncEnumerable (what its ToListAsync reads);
        // any other IQueryable (an in-memory list in a test) is read as it is.
        if (query is IAsyncEnumerable<DayKind> stream)
        {
            await foreach (var day in stream.WithCancellation(cancellationToken))
            {
                exceptions[day.Date] = day.Kind;
            }
        }
        else
        {
            foreach (var day in query)
            {
                exceptions[day.Date] = day.Kind;
            }
        }

        return new WorkingDayCalendar(exceptions);
    }

    private sealed record DayKind(DateOnly Date, CalendarDayKind Kind);
}
