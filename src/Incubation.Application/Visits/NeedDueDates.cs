using Incubation.Calendar;
using Microsoft.Extensions.Configuration;

namespace Incubation.Visits;

/// <summary>A need's due date: the category's number of working days (setting, or the default) after a given day.</summary>
public sealed class NeedDueDates(IWorkingDayCalendarProvider calendars, IConfiguration configuration)
{
    public int WorkingDaysFor(NeedCategory category) =>
        configuration.GetValue<int?>($"{NeedConsts.DueWorkingDaysSetting}:{category}") ?? NeedConsts.DefaultDueWorkingDays(category);

    public async Task<DateOnly> DueDateAsync(NeedCategory category, DateOnly from, CancellationToken cancellationToken)
    {
        var workingDays = WorkingDaysFor(category);
        var calendar = await calendars.GetAsync(from, WorkingDayCalendar.DueDateWindowEnd(from, workingDays), cancellationToken);
        return calendar.AddWorkingDays(from, workingDays);
    }
}
