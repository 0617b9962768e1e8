namespace Incubation.Planning.KeyTasks;

/// <summary>The plan's key tasks (the bureau assigns their units) and the units' half-yearly progress notes on them.</summary>
public interface IKeyTaskAppService
{
    Task<IReadOnlyList<KeyTaskDto>> GetListAsync(CancellationToken cancellationToken);

    Task<KeyTaskDto> UpdateAsync(Guid id, UpdateKeyTaskDto input, CancellationToken cancellationToken);

    Task<IReadOnlyList<TaskProgressDto>> GetProgressAsync(GetTaskProgressInput input, CancellationToken cancellationToken);

    Task<TaskProgressDto> UpsertProgressAsync(UpsertTaskProgressDto input, CancellationToken cancellationToken);
}
