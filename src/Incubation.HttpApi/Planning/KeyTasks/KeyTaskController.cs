using Incubation.Permissions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Incubation.Planning.KeyTasks;

[ApiController]
[Route("api/app/key-tasks")]
[Authorize(IncubationPermissions.KeyTasks.Default)]
public sealed class KeyTaskController(IKeyTaskAppService keyTasks) : ControllerBase
{
    /// <summary>The plan's key tasks with their responsible units, lead unit first.</summary>
    [HttpGet]
    public Task<IReadOnlyList<KeyTaskDto>> GetListAsync(CancellationToken cancellationToken) => keyTasks.GetListAsync(cancellationToken);

    [HttpPut("{id:guid}")]
    [Authorize(IncubationPermissions.KeyTasks.Manage)]
    public Task<KeyTaskDto> UpdateAsync(Guid id, UpdateKeyTaskDto input, CancellationToken cancellationToken) =>
        keyTasks.UpdateAsync(id, input, cancellationToken);

    /// <summary>The half-year's progress sheet: the caller's unit's tasks (the bureau: every unit's, or one unit's).</summary>
    [HttpGet("progress")]
    [Authorize(IncubationPermissions.KeyTasks.Progress)]
    public Task<IReadOnlyList<TaskProgressDto>> GetProgressAsync([FromQuery] GetTaskProgressInput input, CancellationToken cancellationToken) =>
        keyTasks.GetProgressAsync(input, cancellationToken);

    /// <summary>Writes a unit's progress note on a task for a half-year (creates it, or changes it with its stamp).</summary>
    [HttpPut("progress")]
    [Authorize(IncubationPermissions.KeyTasks.Progress)]
    public Task<TaskProgressDto> UpsertProgressAsync(UpsertTaskProgressDto input, CancellationToken cancellationToken) =>
        keyTasks.UpsertProgressAsync(input, cancellationToken);
}
