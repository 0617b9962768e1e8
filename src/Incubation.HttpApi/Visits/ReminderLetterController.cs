using Incubation.Permissions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Incubation.Visits;

[ApiController]
[Route("api/app/reminder-letters")]
[Authorize(IncubationPermissions.ReminderLetters.Default)]
public sealed class ReminderLetterController(IReminderLetterAppService letters) : ControllerBase
{
    /// <summary>Each unit's overdue needs at the half-year's end, its letters, and whether a letter is proposed.</summary>
    [HttpGet("standings")]
    [Authorize(IncubationPermissions.ReminderLetters.Issue)]
    public Task<IReadOnlyList<UnitStandingDto>> GetStandingsAsync([FromQuery] HalfYearInput input, CancellationToken cancellationToken) =>
        letters.GetStandingsAsync(input, cancellationToken);

    [HttpGet]
    public Task<IReadOnlyList<ReminderLetterDto>> GetListAsync([FromQuery] HalfYearInput input, CancellationToken cancellationToken) =>
        letters.GetListAsync(input, cancellationToken);

    [HttpGet("{id:guid}")]
    public Task<ReminderLetterDto> GetAsync(Guid id, CancellationToken cancellationToken) => letters.GetAsync(id, cancellationToken);

    /// <summary>The letter as a printable page (the browser prints it or saves it as PDF).</summary>
    [HttpGet("{id:guid}/document")]
    [Produces("text/html")]
    public async Task<ContentResult> GetDocumentAsync(Guid id, CancellationToken cancellationToken) =>
        Content(ReminderLetterDocument.Render(await letters.GetAsync(id, cancellationToken)), "text/html; charset=utf-8");

    [HttpPost]
    [Authorize(IncubationPermissions.ReminderLetters.Issue)]
    public Task<ReminderLetterDto> IssueAsync(IssueReminderLetterDto input, CancellationToken cancellationToken) =>
        letters.IssueAsync(input, cancellationToken);
}
