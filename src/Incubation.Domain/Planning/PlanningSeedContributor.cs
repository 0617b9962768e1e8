using Incubation.Data;
using Incubation.Lookups;

namespace Incubation.Planning;

/// <summary>
/// The plan's targets and its 15 key tasks with the units it names. Only what is missing is added: once seeded,
/// targets and task units are the bureau's to edit, and a restart never overwrites them.
/// </summary>
public sealed class PlanningSeedContributor(
    IRepository<Target> targets,
    IRepository<KeyTask> tasks,
    IRepository<ResponsibleUnit> units,
    IUnitOfWork unitOfWork) : IDataSeedContributor
{
    public int Order => 2;

    public async Task SeedAsync(DataSeedContext context, CancellationToken cancellationToken)
    {
        var seededIndicators = targets.Query().Select(t => t.Indicator).ToHashSet();
        foreach (var target in IndicatorDefinitions.PlanTargets().Where(t => !seededIndicators.Contains(t.Indicator)))
        {
            targets.Add(target);
        }

        var unitIds = units.Query().ToDictionary(u => u.Name, u => u.Id, StringComparer.Ordinal);
        var seededTasks = tasks.Query().Select(t => t.Number).ToHashSet();
        foreach (var row in ReferenceData.KeyTasks().Where(r => !seededTasks.Contains(r.Number)))
        {
            var task = new KeyTask(Guid.CreateVersion7(), row.Number, row.Section, row.Title, row.Text);
            task.Describe(row.Section, row.Title, row.Text, row.OtherResponsible);
            task.AssignUnits(row.UnitNames.Where(unitIds.ContainsKey).Select(n => unitIds[n]));
            tasks.Add(task);
        }

        await unitOfWork.SaveChangesAsync(cancellationToken);
    }
}
