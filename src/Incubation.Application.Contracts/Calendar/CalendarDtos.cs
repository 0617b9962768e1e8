namespace Incubation.Calendar;

/// <summary>A holiday or make-up working day of the maintained calendar.</summary>
public sealed record CalendarDayDto(Guid Id, DateOnly Date, CalendarDayKind Kind, string Name, string ConcurrencyStamp);

/// <summary>
/// Sets the kind and name of a date: creates the day when the calendar has none, changes it otherwise. Changing an
/// existing day needs the stamp read with it; creating one needs none.
/// </summary>
public class UpsertCalendarDayDto
{
    public DateOnly Date { get; set; }
    public CalendarDayKind Kind { get; set; }
    public string Name { get; set; } = string.Empty;
    public string? ConcurrencyStamp { get; set; }
}
