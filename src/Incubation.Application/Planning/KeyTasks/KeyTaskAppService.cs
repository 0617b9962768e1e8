using FluentValidation;
using Incubation.Data;
using Incubation.Lookups;
using Incubation.Permissions;
using Microsoft.EntityFrameworkCore;

namespace Incubation.Planning.KeyTasks;

/// <summary>
/// The plan's 15 key tasks: everyone reporting reads them; the bureau edits their wording and assigns their units
/// (the plan names units for a few tasks only). Progress notes are in <see cref="TaskProgressSheet"/>.
/// </summary>
public sealed class KeyTaskAppService(
    IRepository<KeyTask> keyTasks,
    IRepository<ResponsibleUnit> units,
    IUnitOfWork unitOfWork,
    IPermissionChecker permissions,
    TaskProgressSheet progress,
    IValidator<UpdateKeyTaskDto> updateValidator) : IKeyTaskAppService
{
    public async Task<IReadOnlyList<KeyTaskDto>> GetListAsync(CancellationToken cancellationToken)
    {
        await permissions.CheckAsync(IncubationPermissions.KeyTasks.Default, cancellationToken);
        var tasks = await keyTasks.Query().AsNoTracking().OrderBy(t => t.Number).ToListAsync(cancellationToken);
        var names = await UnitNamesAsync(tasks.SelectMany(t => t.UnitIds), cancellationToken);
        return tasks.Select(t => ToDto(t, names)).ToList();
    }

    public async Task<KeyTaskDto> UpdateAsync(Guid id, UpdateKeyTaskDto input, CancellationToken cancellationToken)
    {
        await permissions.CheckAsync(IncubationPermissions.KeyTasks.Manage, cancellationToken);
        await updateValidator.ValidateAndThrowAsync(input, cancellationToken);
        var task = await keyTasks.Query().FirstOrDefaultAsync(t => t.Id == id, cancellationToken)
                   ?? throw new EntityNotFoundException(nameof(KeyTask), id);
        unitOfWork.ExpectConcurrencyStamp(task, input.ConcurrencyStamp);

        var unitIds = input.UnitIds.Distinct().ToList();
        var known = await units.Query().AsNoTracking().Where(u => unitIds.Contains(u.Id)).CountAsync(cancellationToken);
        if (known != unitIds.Count)
        {
            throw new BusinessException(IncubationErrorCodes.UnknownResponsibleUnit, 400) { Field = "unitIds" };
        }

        task.Describe(input.Section, input.Title, input.Text, input.OtherResponsible);
        task.AssignUnits(unitIds);
        await unitOfWork.SaveChangesAsync(cancellationToken);
        return ToDto(task, await UnitNamesAsync(task.UnitIds, cancellationToken));
    }

    public Task<IReadOnlyList<TaskProgressDto>> GetProgressAsync(GetTaskProgressInput input, CancellationToken cancellationToken) =>
        progress.GetAsync(input, cancellationToken);

    public Task<TaskProgressDto> UpsertProgressAsync(UpsertTaskProgressDto input, CancellationToken cancellationToken) =>
        progress.UpsertAsync(input, cancellationToken);

    /// <summary>Names of the given units, a unit deleted since included (a task may still name it).</summary>
    private async Task<Dictionary<Guid, string>> UnitNamesAsync(IEnumerable<Guid> ids, CancellationToken cancellationToken)
    {
        var wanted = ids.Distinct().ToList();
        return await units.Query().AsNoTracking().IgnoreQueryFilters().Where(u => wanted.Contains(u.Id))
            .ToDictionaryAsync(u => u.Id, u => u.Name, cancellationToken);
    }

    private static KeyTaskDto ToDto(KeyTask task, IReadOnlyDictionary<Guid, string> names) => new(
        task.Id, task.Number, task.Section, task.Title, task.Text, task.OtherResponsible,
        task.UnitIds.Select(u => new KeyTaskUnitDto(u, names.GetValueOrDefault(u, string.Empty))).ToList(),
        task.ConcurrencyStamp);
}
