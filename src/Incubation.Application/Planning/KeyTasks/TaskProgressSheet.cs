using FluentValidation;
using Incubation.Data;
using Incubation.Identity;
using Incubation.Lookups;
using Incubation.Permissions;
using Microsoft.EntityFrameworkCore;

namespace Incubation.Planning.KeyTasks;

/// <summary>
/// The units' half-yearly progress on their key tasks. A unit officer reads and writes for their own unit only, and
/// only on tasks their unit is responsible for; the bureau (district-wide) may enter a note for any responsible unit,
/// e.g. from a paper report. The query filter on notes keeps a unit from reading another unit's.
/// </summary>
public sealed class TaskProgressSheet(
    IRepository<KeyTask> keyTasks,
    IRepository<TaskProgressNote> notes,
    IRepository<ResponsibleUnit> units,
    IUnitOfWork unitOfWork,
    IPermissionChecker permissions,
    ICurrentUser currentUser,
    IValidator<GetTaskProgressInput> getValidator,
    IValidator<UpsertTaskProgressDto> upsertValidator)
{
    public async Task<IReadOnlyList<TaskProgressDto>> GetAsync(GetTaskProgressInput input, CancellationToken cancellationToken)
    {
        await permissions.CheckAsync(IncubationPermissions.KeyTasks.Progress, cancellationToken);
        await getValidator.ValidateAndThrowAsync(input, cancellationToken);
        var scope = currentUser.DataScope;
        var unitId = scope.All ? input.ResponsibleUnitId : scope.ResponsibleUnitId;
        if (!scope.All && (unitId is null || (input.ResponsibleUnitId is { } asked && asked != unitId)))
        {
            return []; // no unit of their own, or another unit's sheet: nothing in scope
        }

        var tasks = await keyTasks.Query().AsNoTracking().OrderBy(t => t.Number).ToListAsync(cancellationToken);
        var rows = tasks
            .SelectMany(t => t.UnitIds.Select((u, position) => (Task: t, UnitId: u, IsLead: position == 0)))
            .Where(r => unitId is null || r.UnitId == unitId)
            .ToList();
        var unitIds = rows.Select(r => r.UnitId).Distinct().ToList();
        var names = await units.Query().AsNoTracking().Where(u => unitIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.Name, cancellationToken);
        var written = await notes.Query().AsNoTracking()
            .Where(n => n.Year == input.Year && n.Half == input.Half && (unitId == null || n.ResponsibleUnitId == unitId))
            .ToListAsync(cancellationToken);
        var byPair = written.ToDictionary(n => (n.KeyTaskId, n.ResponsibleUnitId));
        return rows
            .Where(r => names.ContainsKey(r.UnitId)) // a unit deleted since the task named it reports no more
            .Select(r => ToDto(r.Task, r.UnitId, names[r.UnitId], r.IsLead, input.Year, input.Half, byPair.GetValueOrDefault((r.Task.Id, r.UnitId))))
            .ToList();
    }

    public async Task<TaskProgressDto> UpsertAsync(UpsertTaskProgressDto input, CancellationToken cancellationToken)
    {
        await permissions.CheckAsync(IncubationPermissions.KeyTasks.Progress, cancellationToken);
        await upsertValidator.ValidateAndThrowAsync(input, cancellationToken);
        var scope = currentUser.DataScope;
        if (!scope.All && scope.ResponsibleUnitId != input.ResponsibleUnitId)
        {
            throw new BusinessException(IncubationErrorCodes.ProgressNotOfYourUnit, 403) { Field = "responsibleUnitId" };
        }

        var task = await keyTasks.Query().AsNoTracking().FirstOrDefaultAsync(t => t.Id == input.KeyTaskId, cancellationToken)
                   ?? throw new EntityNotFoundException(nameof(KeyTask), input.KeyTaskId);
        var position = task.UnitIds.IndexOf(input.ResponsibleUnitId);
        var unit = await units.Query().AsNoTracking().FirstOrDefaultAsync(u => u.Id == input.ResponsibleUnitId, cancellationToken);
        if (position < 0 || unit is null)
        {
            throw new BusinessException(IncubationErrorCodes.KeyTaskNotOfUnit, 422) { Field = "responsibleUnitId" };
        }

        var note = await notes.Query().FirstOrDefaultAsync(
            n => n.KeyTaskId == task.Id && n.ResponsibleUnitId == unit.Id && n.Year == input.Year && n.Half == input.Half, cancellationToken);
        if (note is null)
        {
            // A stamp for a note that is not there: the caller's copy is stale (the note was removed meanwhile).
            if (!string.IsNullOrEmpty(input.ConcurrencyStamp))
            {
                throw new ConcurrencyConflictException();
            }

            note = new TaskProgressNote(Guid.CreateVersion7(), task.Id, unit.Id, input.Year, input.Half, input.Text);
            notes.Add(note);
        }
        else
        {
            // No stamp for a note that exists: the caller did not see it (someone wrote it meanwhile).
            unitOfWork.ExpectConcurrencyStamp(note, input.ConcurrencyStamp ?? string.Empty);
            note.Write(input.Text);
        }

        try
        {
            await unitOfWork.SaveChangesAsync(cancellationToken);
        }
        catch (DuplicateKeyException)
        {
            throw new ConcurrencyConflictException(); // a colleague created the same note at the same moment
        }

        // Read back as stored (a database may keep times less precisely than .NET), so a later read matches.
        var stored = await notes.Query().AsNoTracking().FirstAsync(n => n.Id == note.Id, cancellationToken);
        return ToDto(task, unit.Id, unit.Name, position == 0, input.Year, input.Half, stored);
    }

    private static TaskProgressDto ToDto(KeyTask task, Guid unitId, string unitName, bool isLead, int year, int half, TaskProgressNote? note) => new(
        task.Id, task.Number, task.Section, task.Title, unitId, unitName, isLead, year, half,
        note?.Id, note?.Text, note is null ? null : note.LastModificationTime ?? note.CreationTime, note?.ConcurrencyStamp);
}
