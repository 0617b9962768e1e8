using FluentValidation;
using Incubation.Data;
using Incubation.Dtos;
using Incubation.Enterprises;
using Incubation.Identity;
using Incubation.Lookups;
using Incubation.Permissions;
using Microsoft.EntityFrameworkCore;

namespace Incubation.Visits;

/// <summary>
/// The needs ledger, the unit's board and the closed loop. Queries run on the scope-filtered needs, so a unit
/// officer sees their unit's needs only and an officer those of enterprises in their scope.
/// </summary>
public sealed class NeedAppService(
    IRepository<Need> needs,
    IRepository<ResponsibleUnit> units,
    IEnterpriseRepository enterprises,
    IRepository<EnterpriseLabel> enterpriseLabels,
    IUnitOfWork unitOfWork,
    IPermissionChecker permissions,
    ICurrentUser currentUser,
    TimeProvider clock,
    NeedDueDates dueDates,
    NeedNotifier notifier,
    DefaultNeedUnit defaultUnit,
    NeedActionPolicy actionPolicy,
    VisitValidators validators) : INeedAppService
{
    public const int MaxExportRows = 100_000;

    private readonly NeedQueries _queries = new(needs, units, enterpriseLabels);

    public async Task<PagedResultDto<NeedListItemDto>> GetListAsync(GetNeedListInput input, CancellationToken cancellationToken)
    {
        await permissions.CheckAsync(IncubationPermissions.Needs.Default, cancellationToken);
        await validators.NeedList.ValidateAndThrowAsync(input, cancellationToken);
        var today = Today;
        var query = NeedQueries.Filter(_queries.Rows().AsNoTracking(), input, today);
        var total = await query.LongCountAsync(cancellationToken);
        var items = await NeedQueries.Project(NeedSorting.Apply(query, input.Sorting).Skip(input.SkipCount).Take(input.MaxResultCount), today)
            .ToListAsync(cancellationToken);
        return new PagedResultDto<NeedListItemDto>(total, items);
    }

    public async Task<IReadOnlyList<NeedListItemDto>> GetListForExportAsync(GetNeedListInput input, CancellationToken cancellationToken)
    {
        await permissions.CheckAsync(IncubationPermissions.Needs.Default, cancellationToken);
        input.SkipCount = 0;
        input.MaxResultCount = 1;
        await validators.NeedList.ValidateAndThrowAsync(input, cancellationToken);
        var today = Today;
        var query = NeedQueries.Filter(_queries.Rows().AsNoTracking(), input, today);
        return await NeedQueries.Project(NeedSorting.Apply(query, input.Sorting).Take(MaxExportRows), today).ToListAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<NeedBoardColumnDto>> GetBoardAsync(GetNeedBoardInput input, CancellationToken cancellationToken)
    {
        await permissions.CheckAsync(IncubationPermissions.Needs.Default, cancellationToken);
        await validators.Board.ValidateAndThrowAsync(input, cancellationToken);
        var today = Today;
        var unitId = input.ResponsibleUnitId ?? currentUser.DataScope.ResponsibleUnitId;
        var query = _queries.Rows().AsNoTracking();
        if (unitId is { } id)
        {
            query = query.Where(r => r.Need.ResponsibleUnitId == id);
        }

        // One small query per column, most urgent first: a board never loads a unit's whole history.
        var columns = new List<NeedBoardColumnDto>();
        foreach (var status in BoardStatuses)
        {
            var column = query.Where(r => r.Need.Status == status);
            var total = await column.LongCountAsync(cancellationToken);
            var items = await NeedQueries.Project(column.OrderBy(r => r.Need.DueDate).ThenBy(r => r.Need.Id).Take(input.PerColumn), today)
                .ToListAsync(cancellationToken);
            columns.Add(new NeedBoardColumnDto(status, total, items));
        }

        return columns;
    }

    public async Task<NeedDto> GetAsync(Guid id, CancellationToken cancellationToken)
    {
        await permissions.CheckAsync(IncubationPermissions.Needs.Default, cancellationToken);
        return await LoadDtoAsync(id, cancellationToken);
    }

    public async Task<NeedDto> CreateAsync(CreateNeedDto input, CancellationToken cancellationToken)
    {
        await permissions.CheckAsync(IncubationPermissions.Needs.Create, cancellationToken);
        await validators.CreateNeed.ValidateAndThrowAsync(input, cancellationToken);
        var enterpriseName = await enterprises.Query().Where(e => e.Id == input.EnterpriseId).Select(e => e.Name).FirstOrDefaultAsync(cancellationToken)
            ?? throw new EntityNotFoundException(nameof(Enterprise), input.EnterpriseId);
        // An enterprise's own staff may leave the unit empty (the validator lets only them): the bureau's unit takes
        // it and transfers it on.
        var unitId = await EnsureUnitExistsAsync(input.ResponsibleUnitId ?? await defaultUnit.FindIdAsync(cancellationToken), "responsibleUnitId", cancellationToken);
        var source = currentUser.DataScope.IsEnterpriseStaff() ? NeedSource.Portal : NeedSource.Direct;

        var today = Today;
        var need = Need.Raise(input.EnterpriseId, null, source, input.Category, input.Description, input.IsBottleneck,
            unitId, today, await dueDates.DueDateAsync(input.Category, today, cancellationToken), Actor());
        needs.Add(need);
        await notifier.NotifyUnitAsync(need, NotificationKind.NeedAssigned, enterpriseName, "raised", cancellationToken);
        await unitOfWork.SaveChangesAsync(cancellationToken);
        return await LoadDtoAsync(need.Id, cancellationToken);
    }

    public async Task<NeedDto> ActAsync(Guid id, NeedActionDto input, CancellationToken cancellationToken)
    {
        await permissions.CheckAsync(IncubationPermissions.Needs.Default, cancellationToken);
        await validators.Action.ValidateAndThrowAsync(input, cancellationToken);
        var need = await needs.Query().Include(n => n.Events).FirstOrDefaultAsync(n => n.Id == id, cancellationToken)
            ?? throw new EntityNotFoundException(nameof(Need), id);
        await actionPolicy.CheckAsync(input.Action, need.Status, need.ResponsibleUnitId, cancellationToken);
        unitOfWork.ExpectConcurrencyStamp(need, input.ConcurrencyStamp);

        var actor = Actor();
        var today = Today;
        var enterpriseName = await enterpriseLabels.Query().Where(e => e.Id == need.EnterpriseId).Select(e => e.Name).FirstAsync(cancellationToken);
        switch (input.Action)
        {
            case NeedAction.Accept:
                need.Accept(actor, input.Text);
                break;
            case NeedAction.Start:
                need.Start(actor, input.Text);
                break;
            case NeedAction.Resolve:
                need.Resolve(input.Text!, actor);
                await notifier.NotifyEnterpriseAsync(need, NotificationKind.NeedAnswered, enterpriseName, $"resolved{need.Events.Count}", cancellationToken);
                break;
            case NeedAction.Confirm:
                need.Confirm(input.Rating!.Value, input.Text, await dueDates.DueDateAsync(need.Category, today, cancellationToken), actor);
                if (need.Status == NeedStatus.Reopened)
                {
                    await notifier.NotifyUnitAsync(need, NotificationKind.NeedReturned, enterpriseName, $"returned{need.RedoCount}", cancellationToken);
                }

                break;
            case NeedAction.Reopen:
                need.Reopen(input.Text!, await dueDates.DueDateAsync(need.Category, today, cancellationToken), actor);
                await notifier.NotifyUnitAsync(need, NotificationKind.NeedReturned, enterpriseName, $"reopened{need.Events.Count}", cancellationToken);
                break;
            case NeedAction.Transfer:
                await EnsureUnitExistsAsync(input.UnitId!.Value, "unitId", cancellationToken);
                need.TransferTo(input.UnitId.Value, input.Text!, await dueDates.DueDateAsync(need.Category, today, cancellationToken), actor);
                await notifier.NotifyUnitAsync(need, NotificationKind.NeedAssigned, enterpriseName, $"transferred{need.Events.Count}", cancellationToken);
                break;
            case NeedAction.RequestUnresolvable:
                need.RequestUnresolvable(input.Text!, actor);
                break;
            case NeedAction.ApproveUnresolvable:
                need.ApproveUnresolvable(actor, input.Text);
                break;
            case NeedAction.RejectUnresolvable:
                need.RejectUnresolvable(input.Text!, actor);
                break;
            default:
                throw new BusinessException(IncubationErrorCodes.NeedTransitionNotAllowed, 422, input.Action, need.Status);
        }

        await unitOfWork.SaveChangesAsync(cancellationToken);
        return await LoadDtoAsync(need.Id, cancellationToken);
    }

    private static readonly NeedStatus[] BoardStatuses =
        [NeedStatus.Open, NeedStatus.Accepted, NeedStatus.InProgress, NeedStatus.Reopened, NeedStatus.UnresolvablePending, NeedStatus.Resolved, NeedStatus.Closed];

    private DateOnly Today => ChinaTime.Today(clock);

    private NeedActor Actor() => new(currentUser.Id, currentUser.DisplayName, clock.GetUtcNow().UtcDateTime);

    private async Task<Guid> EnsureUnitExistsAsync(Guid? unitId, string field, CancellationToken cancellationToken)
    {
        if (unitId is not { } id || !await units.Query().AnyAsync(u => u.Id == id, cancellationToken))
        {
            throw new BusinessException(IncubationErrorCodes.UnknownResponsibleUnit, 400) { Field = field };
        }

        return id;
    }

    private async Task<NeedDto> LoadDtoAsync(Guid id, CancellationToken cancellationToken)
    {
        var row = await _queries.Rows().AsNoTracking().Where(r => r.Need.Id == id)
            .Select(r => new { r.Need, r.EnterpriseName, r.UnitName })
            .FirstOrDefaultAsync(cancellationToken) ?? throw new EntityNotFoundException(nameof(Need), id);
        var events = await needs.Query().AsNoTracking().Where(n => n.Id == id).SelectMany(n => n.Events)
            .OrderBy(e => e.Sequence).ToListAsync(cancellationToken);
        var unitIds = events.Select(e => e.ResponsibleUnitId).Concat(events.Where(e => e.FromUnitId != null).Select(e => e.FromUnitId!.Value)).Distinct().ToList();
        var unitNames = await units.Query().AsNoTracking().Where(u => unitIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.Name, cancellationToken);
        var need = row.Need;
        var allowed = await actionPolicy.AllowedAsync(need.Status, need.ResponsibleUnitId, cancellationToken);
        return new NeedDto(
            need.Id, need.EnterpriseId, row.EnterpriseName, need.VisitId, need.Source, need.Category, need.Description, need.IsBottleneck,
            need.ResponsibleUnitId, row.UnitName, need.Status, need.RaisedOn, need.DueDate, need.IsOverdueOn(Today), need.Answer,
            need.Satisfaction, need.RedoCount, need.UnresolvableExplanation, need.ClosedAt, need.ConcurrencyStamp, allowed,
            events.Select(e => new NeedEventDto(e.Kind, e.Status, e.Time, e.UserName, e.Note, e.Rating,
                unitNames.GetValueOrDefault(e.ResponsibleUnitId, string.Empty),
                e.FromUnitId is { } from ? unitNames.GetValueOrDefault(from) : null, e.DueDate)).ToList());
    }
}
