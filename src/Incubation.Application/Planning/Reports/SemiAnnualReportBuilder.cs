using Incubation.Data;
using Incubation.Lookups;
using Incubation.Visits;
using Microsoft.EntityFrameworkCore;

namespace Incubation.Planning.Reports;

/// <summary>
/// Computes the 半年通报 of a half-year from live data as of its cut-off (the half-year's last day, or today while it
/// runs): per responsible unit its key tasks with its progress notes, its needs (<see cref="UnitNeedFigures"/>) and
/// its reminder letter for the half-year with the escalation the letter carries; the tasks no unit holds yet; the
/// district indicators at the cut-off and at the previous half-year's end, beside their targets.
/// </summary>
public sealed class SemiAnnualReportBuilder(
    IRepository<KeyTask> keyTasks,
    IRepository<TaskProgressNote> notes,
    IRepository<ResponsibleUnit> units,
    IRepository<ReminderLetter> letters,
    IRepository<Target> targets,
    UnitNeedFigures needFigures,
    IIndicatorCalculator indicators)
{
    public async Task<SemiAnnualReportDto> BuildAsync(HalfYear period, DateOnly today, DateTime now, CancellationToken cancellationToken)
    {
        var asOf = OverdueAtPeriodEnd.CutOff(period, today);
        var previousAsOf = period.Previous.End;

        // The plan's 15 tasks, the units' notes and letters of one half-year and the reference units: small sets.
        var tasks = await keyTasks.Query().AsNoTracking().OrderBy(t => t.Number).ToListAsync(cancellationToken);
        var progress = (await notes.Query().AsNoTracking().Where(n => n.Year == period.Year && n.Half == period.Half)
                .Select(n => new { n.KeyTaskId, n.ResponsibleUnitId, n.Text }).ToListAsync(cancellationToken))
            .ToDictionary(n => (n.KeyTaskId, n.ResponsibleUnitId), n => n.Text);
        var periodLetters = (await letters.Query().AsNoTracking().Where(l => l.Year == period.Year && l.Half == period.Half)
                .Select(l => new { l.ResponsibleUnitId, l.Number, l.EscalatedToDistrict }).ToListAsync(cancellationToken))
            .ToDictionary(l => l.ResponsibleUnitId);
        var allUnits = (await units.Query().AsNoTracking().Select(u => new { u.Id, u.Name }).ToListAsync(cancellationToken))
            .OrderBy(u => u.Name, StringComparer.Ordinal).ThenBy(u => u.Id).ToList(); // the same order on every database
        var figures = await needFigures.ByUnitAsync(period, asOf, cancellationToken);

        var unitParts = allUnits.Select(u =>
            {
                var letter = periodLetters.GetValueOrDefault(u.Id);
                var unitTasks = tasks
                    .Where(t => t.UnitIds.Contains(u.Id))
                    .Select(t => new ReportUnitTaskDto(t.Id, t.Number, t.Title, t.UnitIds[0] == u.Id, progress.GetValueOrDefault((t.Id, u.Id))))
                    .ToList();
                return new ReportUnitDto(u.Id, u.Name, unitTasks, figures.GetValueOrDefault(u.Id, UnitNeedFigures.None),
                    letter?.Number, letter?.EscalatedToDistrict == true);
            })
            .ToList();

        // Units deleted since a task named them do not count: such a task is as unassigned as one never assigned.
        var liveUnitIds = allUnits.Select(u => u.Id).ToHashSet();
        var unassigned = tasks.Where(t => !t.UnitIds.Any(liveUnitIds.Contains))
            .Select(t => new ReportTaskDto(t.Id, t.Number, t.Section, t.Title, t.OtherResponsible))
            .ToList();

        return new SemiAnnualReportDto(
            period.Year, period.Half, ReportStatus.Draft, period.Start, period.End, asOf, previousAsOf, now, null, null,
            UnitNeedFigures.Sum(unitParts.Select(u => u.Needs)), unitParts, unassigned,
            await IndicatorTableAsync(asOf, previousAsOf, cancellationToken));
    }

    private async Task<IReadOnlyList<ReportIndicatorDto>> IndicatorTableAsync(DateOnly asOf, DateOnly previousAsOf, CancellationToken cancellationToken)
    {
        var current = await indicators.ComputeAllAsync(asOf, cancellationToken);
        var previous = await indicators.ComputeAllAsync(previousAsOf, cancellationToken);
        var byIndicator = (await targets.Query().AsNoTracking().ToListAsync(cancellationToken)).ToDictionary(t => t.Indicator);
        return Enum.GetValues<Indicator>().Select(i =>
            {
                var target = byIndicator.GetValueOrDefault(i);
                return new ReportIndicatorDto(i, IndicatorDefinitions.UnitOf(i), IndicatorDefinitions.ShapeOf(i),
                    target?.BaselineYear, target?.BaselineValue, target?.TargetYear, target?.TargetValue,
                    current.GetValueOrDefault(i), previous.GetValueOrDefault(i));
            })
            .ToList();
    }
}
