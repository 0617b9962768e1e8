using Incubation.Permissions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Incubation.Calendar;

/// <summary>The working-day calendar: read and due dates for any signed-in user, changes for the calendar's administrators.</summary>
[ApiController]
[Route("api/app/calendar")]
[Authorize]
public sealed class CalendarController(ICalendarAppService calendar) : ControllerBase
{
    [HttpGet("years/{year:int}")]
    public Task<IReadOnlyList<CalendarDayDto>> GetYearAsync(int year, CancellationToken cancellationToken) =>
        calendar.GetYearAsync(year, cancellationToken);

    [HttpPut("days")]
    [Authorize(IncubationPermissions.Administration.Calendar)]
    public Task<CalendarDayDto> UpsertAsync(UpsertCalendarDayDto input, CancellationToken cancellationToken) =>
        calendar.UpsertAsync(input, cancellationToken);

    [HttpDelete("days/{id:guid}")]
    [Authorize(IncubationPermissions.Administration.Calendar)]
    public async Task<NoContentResult> DeleteAsync(Guid id, CancellationToken cancellationToken)
    {
        await calendar.DeleteAsync(id, cancellationToken);
        return NoContent();
    }

    /// <summary>The given number of working days after <paramref name="from"/> (zero: that day), by the maintained calendar.</summary>
    [HttpGet("due-date")]
    public Task<DateOnly> GetDueDateAsync([FromQuery] DateOnly from, [FromQuery] int workingDays, CancellationToken cancellationToken) =>
        calendar.GetDueDateAsync(from, workingDays, cancellationToken);
}
