namespace Incubation.Calendar;

/// <summary>Builds a <see cref="WorkingDayCalendar"/> from the maintained calendar days of a bounded window.</summary>
public interface IWorkingDayCalendarProvider
{
    /// <summary>
    /// The calendar knowing the holidays and make-up days in [<paramref name="from"/>, <paramref name="to"/>]. The
    /// caller bounds the window to its question (<see cref="WorkingDayCalendar.DueDateWindowEnd"/> for a due date);
    /// days outside it count as plain weekdays and weekends.
    /// </summary>
    Task<WorkingDayCalendar> GetAsync(DateOnly from, DateOnly to, CancellationToken cancellationToken);
}
