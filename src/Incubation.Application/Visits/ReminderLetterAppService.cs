using System.Globalization;
using FluentValidation;
using Incubation.Data;
using Incubation.Enterprises;
using Incubation.Localization;
using Incubation.Lookups;
using Incubation.Permissions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Localization;

namespace Incubation.Visits;

/// <summary>
/// The plan's accountability rule (保障机制 §三): units with needs overdue at a half-year's end are proposed a
/// 工作提示函; the bureau issues it (numbered, listing the needs, text from a template); a unit with a letter in
/// the previous half-year as well is escalated to the district government.
/// </summary>
public sealed class ReminderLetterAppService(
    IRepository<ReminderLetter> letters,
    IRepository<Need> needs,
    IRepository<ResponsibleUnit> units,
    IRepository<EnterpriseLabel> enterprises,
    OverdueAtPeriodEnd overdue,
    NeedNotifier notifier,
    IRepository<Notification> notifications,
    IUnitOfWork unitOfWork,
    IPermissionChecker permissions,
    TimeProvider clock,
    IConfiguration configuration,
    IStringLocalizer<IncubationResource> localizer,
    VisitValidators validators) : IReminderLetterAppService
{
    public async Task<IReadOnlyList<UnitStandingDto>> GetStandingsAsync(HalfYearInput input, CancellationToken cancellationToken)
    {
        await permissions.CheckAsync(IncubationPermissions.ReminderLetters.Issue, cancellationToken);
        await validators.HalfYear.ValidateAndThrowAsync(input, cancellationToken);
        var period = new HalfYear(input.Year, input.Half);
        var counts = await overdue.LastSteps(OverdueAtPeriodEnd.CutOff(period, ChinaTime.Today(clock)))
            .GroupBy(e => e.ResponsibleUnitId).Select(g => new { UnitId = g.Key, Count = g.Select(e => e.NeedId).Distinct().Count() })
            .ToDictionaryAsync(g => g.UnitId, g => g.Count, cancellationToken);
        var issued = await letters.Query().AsNoTracking()
            .Where(l => (l.Year == period.Year && l.Half == period.Half) || (l.Year == period.Previous.Year && l.Half == period.Previous.Half))
            .Select(l => new { l.Id, l.ResponsibleUnitId, l.Year, l.Half, l.Number, l.EscalatedToDistrict })
            .ToListAsync(cancellationToken);
        var threshold = Threshold;
        var allUnits = await units.Query().AsNoTracking().OrderBy(u => u.Name).Select(u => new { u.Id, u.Name }).ToListAsync(cancellationToken);
        return allUnits.Select(u =>
            {
                var current = issued.FirstOrDefault(l => l.ResponsibleUnitId == u.Id && l.Year == period.Year && l.Half == period.Half);
                var previous = issued.FirstOrDefault(l => l.ResponsibleUnitId == u.Id && l.Year == period.Previous.Year && l.Half == period.Previous.Half);
                var count = counts.GetValueOrDefault(u.Id);
                return new UnitStandingDto(u.Id, u.Name, count, current?.Number, current?.Id, previous?.Number,
                    LetterProposed: current is null && count >= threshold,
                    EscalatedToDistrict: current is not null && previous is not null);
            })
            .OrderByDescending(s => s.OverdueAtEnd).ThenBy(s => s.ResponsibleUnitName)
            .ToList();
    }

    public async Task<IReadOnlyList<ReminderLetterDto>> GetListAsync(HalfYearInput input, CancellationToken cancellationToken)
    {
        await permissions.CheckAsync(IncubationPermissions.ReminderLetters.Default, cancellationToken);
        await validators.HalfYear.ValidateAndThrowAsync(input, cancellationToken);
        var ids = await letters.Query().AsNoTracking().Where(l => l.Year == input.Year && l.Half == input.Half)
            .OrderBy(l => l.Sequence).Select(l => l.Id).ToListAsync(cancellationToken);
        var result = new List<ReminderLetterDto>();
        foreach (var id in ids)
        {
            result.Add(await LoadAsync(id, cancellationToken));
        }

        return result;
    }

    public async Task<ReminderLetterDto> GetAsync(Guid id, CancellationToken cancellationToken)
    {
        await permissions.CheckAsync(IncubationPermissions.ReminderLetters.Default, cancellationToken);
        return await LoadAsync(id, cancellationToken);
    }

    public async Task<ReminderLetterDto> IssueAsync(IssueReminderLetterDto input, CancellationToken cancellationToken)
    {
        await permissions.CheckAsync(IncubationPermissions.ReminderLetters.Issue, cancellationToken);
        await validators.IssueLetter.ValidateAndThrowAsync(input, cancellationToken);
        var period = new HalfYear(input.Year, input.Half);
        var unit = await units.Query().AsNoTracking().FirstOrDefaultAsync(u => u.Id == input.ResponsibleUnitId, cancellationToken)
            ?? throw new BusinessException(IncubationErrorCodes.UnknownResponsibleUnit, 400) { Field = "responsibleUnitId" };
        if (await letters.Query().AnyAsync(l => l.ResponsibleUnitId == unit.Id && l.Year == period.Year && l.Half == period.Half, cancellationToken))
        {
            throw AlreadyIssued();
        }

        var today = ChinaTime.Today(clock);
        var cutOff = OverdueAtPeriodEnd.CutOff(period, today);
        var overdueIds = await overdue.LastSteps(cutOff).Where(e => e.ResponsibleUnitId == unit.Id).Select(e => e.NeedId).Distinct()
            .ToListAsync(cancellationToken);
        if (overdueIds.Count == 0)
        {
            throw new BusinessException(IncubationErrorCodes.ReminderLetterNothingOverdue, 422);
        }

        var listed = await (
                from n in needs.Query().AsNoTracking()
                join e in enterprises.Query() on n.EnterpriseId equals e.Id
                where overdueIds.Contains(n.Id)
                orderby n.DueDate, n.Id
                select new { Need = n, EnterpriseName = e.Name })
            .ToListAsync(cancellationToken);
        var escalated = await letters.Query().AnyAsync(
            l => l.ResponsibleUnitId == unit.Id && l.Year == period.Previous.Year && l.Half == period.Previous.Half, cancellationToken);
        var sequence = (await letters.Query().IgnoreQueryFilters().Where(l => l.Year == period.Year).MaxAsync(l => (int?)l.Sequence, cancellationToken) ?? 0) + 1;

        var letter = new ReminderLetter(unit.Id, period, sequence, NumberFor(period.Year, sequence), today, escalated);
        foreach (var row in listed)
        {
            letter.List(row.Need, row.EnterpriseName);
        }

        letter.Write(ReminderLetterTemplate.Write(localizer, unit.Name, period, cutOff, letter, today));
        letters.Add(letter);
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var officer in await notifier.OfficersOfAsync(unit.Id, cancellationToken))
        {
            notifications.Add(new Notification(officer.Id, NotificationKind.ReminderLetterIssued,
                Notification.KeyFor(NotificationKind.ReminderLetterIssued, officer.Id, letter.Id, "issued"), letter.Number, null, null, now));
        }

        try
        {
            await unitOfWork.SaveChangesAsync(cancellationToken);
        }
        catch (DuplicateKeyException)
        {
            throw AlreadyIssued(); // a concurrent issue won the unit/half-year or the number
        }

        return await LoadAsync(letter.Id, cancellationToken);
    }

    private int Threshold => configuration.GetValue(ReminderLetterConsts.ThresholdSetting, ReminderLetterConsts.DefaultThreshold);

    private string NumberFor(int year, int sequence)
    {
        var prefix = configuration[ReminderLetterConsts.PrefixSetting];
        return string.Format(CultureInfo.InvariantCulture, localizer["ReminderLetter:NumberFormat"],
            string.IsNullOrWhiteSpace(prefix) ? localizer["ReminderLetter:DefaultPrefix"].Value : prefix, year, sequence);
    }

    private static BusinessException AlreadyIssued() =>
        new(IncubationErrorCodes.ReminderLetterAlreadyIssued, 409) { Field = "responsibleUnitId" };

    private async Task<ReminderLetterDto> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        var row = await (
                from l in letters.Query().AsNoTracking().Include(l => l.Needs)
                join u in units.Query().IgnoreQueryFilters() on l.ResponsibleUnitId equals u.Id
                where l.Id == id
                select new { Letter = l, UnitName = u.Name })
            .FirstOrDefaultAsync(cancellationToken) ?? throw new EntityNotFoundException(nameof(ReminderLetter), id);
        var letter = row.Letter;
        return new ReminderLetterDto(letter.Id, letter.Number, letter.ResponsibleUnitId, row.UnitName, letter.Year, letter.Half, letter.IssuedOn,
            letter.Text, letter.EscalatedToDistrict, letter.Needs.OrderBy(n => n.DueDate).Select(n => new ReminderLetterNeedDto(n.NeedId, n.EnterpriseName, n.Category, n.Description, n.DueDate)).ToList());
    }
}
