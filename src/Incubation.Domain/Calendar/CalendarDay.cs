using Incubation.Entities;

namespace Incubation.Calendar;

/// <summary>
/// One day that departs from the plain week: a public holiday or a make-up working day (调休上班). Seeded from the
/// State Council's notices and maintained by the bureau; at most one live row per date.
/// </summary>
public class CalendarDay : FullAuditedAggregateRoot
{
    private CalendarDay()
    {
    }

    public CalendarDay(Guid id, DateOnly date, CalendarDayKind kind, string name) : base(id)
    {
        Date = date;
        Change(kind, name);
    }

    public DateOnly Date { get; private set; }
    public CalendarDayKind Kind { get; private set; }
    public string Name { get; private set; } = string.Empty;

    /// <summary>
    /// Re-labels the day. A make-up working day must fall on a weekend (a weekday already is one); a holiday may
    /// fall on any day, weekends included (清明 on a Saturday is still part of the holiday span).
    /// </summary>
    public void Change(CalendarDayKind kind, string name)
    {
        if (!Enum.IsDefined(kind))
        {
            throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown calendar day kind.");
        }

        if (kind == CalendarDayKind.MakeUpWorkday && !WorkingDayCalendar.IsWeekend(Date))
        {
            throw new ArgumentException($"A make-up working day must be a Saturday or Sunday, not {Date:yyyy-MM-dd}.", nameof(kind));
        }

        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        if (name.Trim().Length > CalendarConsts.MaxNameLength)
        {
            throw new ArgumentException($"The name is longer than {CalendarConsts.MaxNameLength} characters.", nameof(name));
        }

        Kind = kind;
        Name = name.Trim();
    }
}
