namespace Incubation.Calendar;

/// <summary>
/// Working days by the Chinese public calendar: Monday to Friday unless a holiday, Saturday and Sunday only when
/// the State Council makes them make-up working days (调休上班). Pure: it knows only the exceptions it is given, so
/// a caller loads those of a window wide enough for its question (see <see cref="DueDateWindowEnd"/>); days outside
/// that window count as plain weekdays and weekends.
/// </summary>
public sealed class WorkingDayCalendar
{
    private readonly IReadOnlyDictionary<DateOnly, CalendarDayKind> _exceptions;

    public WorkingDayCalendar(IReadOnlyDictionary<DateOnly, CalendarDayKind> exceptions)
    {
        ArgumentNullException.ThrowIfNull(exceptions);
        _exceptions = exceptions;
    }

    public static bool IsWeekend(DateOnly date) => date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday;

    /// <summary>
    /// The last day of the exceptions a caller must load to add <paramref name="workingDays"/> to
    /// <paramref name="start"/>. Fifteen working days are three weeks plus at most one holiday span (春节 and
    /// 国庆 are the longest, 8–9 days, partly made up on weekends): about 30 and never more than ~40 calendar days.
    /// Three calendar days per working day plus a month is far more than any real arrangement needs, and cheap.
    /// </summary>
    public static DateOnly DueDateWindowEnd(DateOnly start, int workingDays) => start.AddDays(Math.Max(workingDays, 0) * 3 + 30);

    public bool IsWorkingDay(DateOnly date) =>
        _exceptions.TryGetValue(date, out var kind)
            // An exception decides alone: a holiday is off even on a weekday, a make-up day is worked even on a weekend.
            // (A "make-up day" on a weekday changes nothing: the day was a working day anyway.)
            ? kind == CalendarDayKind.MakeUpWorkday
            : !IsWeekend(date);

    /// <summary>
    /// The <paramref name="workingDays"/>-th working day strictly after <paramref name="start"/>: the day a need is
    /// raised does not count, as in "answer within N working days". Zero returns <paramref name="start"/> itself
    /// (whatever kind of day it is), so a category without a deadline span is due the day it is raised.
    /// </summary>
    public DateOnly AddWorkingDays(DateOnly start, int workingDays)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(workingDays);
        var date = start;
        for (var remaining = workingDays; remaining > 0;)
        {
            date = date.AddDays(1);
            if (IsWorkingDay(date))
            {
                remaining--;
            }
        }

        return date;
    }

    /// <summary>
    /// Working days in (<paramref name="fromExclusive"/>, <paramref name="toInclusive"/>]: the inverse of
    /// <see cref="AddWorkingDays"/> (counting from the day raised to a due date gives back N), and so the measure of
    /// how many working days an answer took. Zero when <paramref name="toInclusive"/> is not after the start.
    /// </summary>
    public int CountWorkingDays(DateOnly fromExclusive, DateOnly toInclusive)
    {
        var count = 0;
        for (var date = fromExclusive.AddDays(1); date <= toInclusive; date = date.AddDays(1))
        {
            if (IsWorkingDay(date))
            {
                count++;
            }
        }

        return count;
    }
}
