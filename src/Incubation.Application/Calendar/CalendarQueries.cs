namespace Incubation.Calendar;

/// <summary>The route's year of <see cref="ICalendarAppService.GetYearAsync"/>, as a value its validator can check.</summary>
public sealed record CalendarYearQuery(int Year);

/// <summary>The query string of <see cref="ICalendarAppService.GetDueDateAsync"/>, as a value its validator can check.</summary>
public sealed record DueDateQuery(DateOnly From, int WorkingDays);
