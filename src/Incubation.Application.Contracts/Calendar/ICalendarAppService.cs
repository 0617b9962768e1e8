namespace Incubation.Calendar;

/// <summary>The working-day calendar: its holidays and make-up days, maintained by the bureau, and due dates from it.</summary>
public interface ICalendarAppService
{
    /// <summary>The holidays and make-up working days of a year, by date; any signed-in user (forms show due dates).</summary>
    Task<IReadOnlyList<CalendarDayDto>> GetYearAsync(int year, CancellationToken cancellationToken);

    Task<CalendarDayDto> UpsertAsync(UpsertCalendarDayDto input, CancellationToken cancellationToken);

    Task DeleteAsync(Guid id, CancellationToken cancellationToken);

    /// <summary>The <paramref name="workingDays"/>-th working day after <paramref name="from"/> (zero: the day itself).</summary>
    Task<DateOnly> GetDueDateAsync(DateOnly from, int workingDays, CancellationToken cancellationToken);
}
