using FluentValidation;
using Incubation.Data;
using Incubation.Dtos;
using Incubation.Enterprises;
using Incubation.Files;
using Incubation.Identity;
using Incubation.Lookups;
using Incubation.Permissions;
using Microsoft.EntityFrameworkCore;

namespace Incubation.Visits;

/// <summary>
/// The visit ledger and the logging of visits. An officer logs a visit only for an enterprise in their scope; the
/// visit and its needs are one transaction; a draft sent twice (same client request id) creates one visit.
/// </summary>
public sealed class VisitAppService(
    IRepository<Visit> visits,
    IRepository<Need> needs,
    IRepository<NeedEvent> needEvents,
    IRepository<PolicyTopic> policyTopics,
    IRepository<ResponsibleUnit> units,
    IRepository<AppUser> users,
    IRepository<StoredFile> files,
    IRepository<SubDistrict> subDistricts,
    IEnterpriseRepository enterprises,
    IRepository<EnterpriseLabel> enterpriseLabels,
    IUnitOfWork unitOfWork,
    IPermissionChecker permissions,
    ICurrentUser currentUser,
    TimeProvider clock,
    NeedDueDates dueDates,
    NeedNotifier notifier,
    VisitValidators validators) : IVisitAppService
{
    public const int MaxExportRows = 20_000;

    public async Task<PagedResultDto<VisitListItemDto>> GetListAsync(GetVisitListInput input, CancellationToken cancellationToken)
    {
        await permissions.CheckAsync(IncubationPermissions.Visits.Default, cancellationToken);
        await validators.VisitList.ValidateAndThrowAsync(input, cancellationToken);
        var query = Filter(input);
        var total = await query.LongCountAsync(cancellationToken);
        var items = await VisitSorting.Apply(query, input.Sorting).Skip(input.SkipCount).Take(input.MaxResultCount)
            .Select(r => new
            {
                r.Visit.Id, r.Visit.EnterpriseId, r.EnterpriseName, r.SubDistrictName, r.Visit.VisitDate, r.Visit.Kind,
                Officers = r.Visit.Officers.OrderBy(o => o.DisplayName).Select(o => o.DisplayName).ToList(),
                NeedCount = needs.Query().Count(n => n.VisitId == r.Visit.Id),
                OpenNeedCount = needs.Query().Count(n => n.VisitId == r.Visit.Id && n.Status != NeedStatus.Closed && n.Status != NeedStatus.Unresolvable),
            })
            .ToListAsync(cancellationToken);
        return new PagedResultDto<VisitListItemDto>(total, items.Select(v => new VisitListItemDto(
            v.Id, v.EnterpriseId, v.EnterpriseName, v.SubDistrictName, v.VisitDate, v.Kind, v.Officers, v.NeedCount, v.OpenNeedCount)).ToList());
    }

    public async Task<IReadOnlyList<VisitDto>> GetListForExportAsync(GetVisitListInput input, CancellationToken cancellationToken)
    {
        await permissions.CheckAsync(IncubationPermissions.Visits.Default, cancellationToken);
        input.SkipCount = 0;
        input.MaxResultCount = 1;
        await validators.VisitList.ValidateAndThrowAsync(input, cancellationToken);
        var ids = await VisitSorting.Apply(Filter(input), input.Sorting).Select(r => r.Visit.Id).Take(MaxExportRows).ToListAsync(cancellationToken);
        var result = new List<VisitDto>(ids.Count);
        foreach (var chunk in ids.Chunk(200))
        {
            var loaded = (await LoadManyAsync(chunk, cancellationToken)).ToDictionary(v => v.Id);
            result.AddRange(chunk.Select(id => loaded[id]));
        }

        return result;
    }

    public async Task<VisitDto> GetAsync(Guid id, CancellationToken cancellationToken)
    {
        await permissions.CheckAsync(IncubationPermissions.Visits.Default, cancellationToken);
        return (await LoadManyAsync([id], cancellationToken)).SingleOrDefault() ?? throw new EntityNotFoundException(nameof(Visit), id);
    }

    public async Task<VisitDto> CreateAsync(CreateVisitDto input, CancellationToken cancellationToken)
    {
        await permissions.CheckAsync(IncubationPermissions.Visits.Create, cancellationToken);
        await validators.CreateVisit.ValidateAndThrowAsync(input, cancellationToken);
        if (await FindByRequestAsync(input, cancellationToken) is { } earlier)
        {
            return earlier;
        }

        var enterpriseName = await enterprises.Query().Where(e => e.Id == input.EnterpriseId).Select(e => e.Name).FirstOrDefaultAsync(cancellationToken)
            ?? throw new EntityNotFoundException(nameof(Enterprise), input.EnterpriseId);
        var visit = await BuildVisitAsync(input, cancellationToken);
        visits.Add(visit);

        var actor = new NeedActor(currentUser.Id, currentUser.DisplayName, clock.GetUtcNow().UtcDateTime);
        var today = ChinaTime.Today(clock);
        foreach (var item in input.Needs)
        {
            var need = Need.Raise(input.EnterpriseId, visit.Id, NeedSource.Visit, item.Category, item.Description, item.IsBottleneck,
                item.ResponsibleUnitId, today, await dueDates.DueDateAsync(item.Category, today, cancellationToken), actor);
            needs.Add(need);
            await notifier.NotifyUnitAsync(need, NotificationKind.NeedAssigned, enterpriseName, "raised", cancellationToken);
        }

        try
        {
            await unitOfWork.SaveChangesAsync(cancellationToken);
        }
        catch (DuplicateKeyException)
        {
            // The same draft arrived twice at once and the other request won the unique index: answer its visit.
            return await FindByRequestAsync(input, cancellationToken) ?? throw new ConcurrencyConflictException();
        }

        return await GetAsync(visit.Id, cancellationToken);
    }

    public async Task<IReadOnlyList<PolicyTopicDto>> GetPolicyTopicsAsync(CancellationToken cancellationToken)
    {
        await permissions.CheckAsync(IncubationPermissions.Visits.Default, cancellationToken);
        return await policyTopics.Query().AsNoTracking().Where(t => t.IsActive).OrderBy(t => t.SortOrder).ThenBy(t => t.Code)
            .Select(t => new PolicyTopicDto(t.Code, t.Name)).ToListAsync(cancellationToken);
    }

    /// <summary>Officers who can be named on a visit: active users of the bureau, incubators and sub-districts.</summary>
    public async Task<IReadOnlyList<OfficerOptionDto>> GetOfficerOptionsAsync(CancellationToken cancellationToken)
    {
        await permissions.CheckAsync(IncubationPermissions.Visits.Create, cancellationToken);
        return await users.Query().AsNoTracking()
            .Where(u => u.IsActive && u.EnterpriseId == null && u.ResponsibleUnitId == null)
            .OrderBy(u => u.DisplayName ?? u.UserName)
            .Take(500)
            .Select(u => new OfficerOptionDto(u.Id, u.DisplayName ?? u.UserName ?? string.Empty))
            .ToListAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<EnterpriseTimelineItemDto>> GetEnterpriseTimelineAsync(Guid enterpriseId, CancellationToken cancellationToken)
    {
        await permissions.CheckAsync(IncubationPermissions.Visits.Default, cancellationToken);
        await enterprises.EnsureVisibleAsync(enterpriseId, cancellationToken);
        var visitItems = await visits.Query().AsNoTracking().Where(v => v.EnterpriseId == enterpriseId)
            .OrderByDescending(v => v.VisitDate).Take(200)
            .Select(v => new { v.Id, v.VisitDate, v.Kind, v.CreationTime, Officers = v.Officers.Select(o => o.DisplayName).ToList(), v.Difficulties })
            .ToListAsync(cancellationToken);
        var steps = await (
                from e in needEvents.Query().AsNoTracking()
                join n in needs.Query().AsNoTracking() on e.NeedId equals n.Id
                where n.EnterpriseId == enterpriseId
                orderby e.Time descending, e.Sequence descending
                select new { n.Id, n.Category, n.Description, e.Kind, e.Time, e.Note })
            .Take(500)
            .ToListAsync(cancellationToken);
        return visitItems.Select(v => new EnterpriseTimelineItemDto(v.CreationTime, v.VisitDate, v.Id, v.Kind, v.Officers, null, null, null, v.Difficulties))
            .Concat(steps.Select(e => new EnterpriseTimelineItemDto(e.Time, ChinaTime.DateOf(e.Time), null, null, null, e.Id, e.Category, e.Kind,
                e.Kind == NeedEventKind.Raised ? e.Description : e.Note)))
            .OrderByDescending(i => i.Date).ThenByDescending(i => i.Time)
            .ToList();
    }

    private IQueryable<VisitRow> Filter(GetVisitListInput input)
    {
        var query =
            from v in visits.Query().AsNoTracking()
            join e in enterprises.Query() on v.EnterpriseId equals e.Id
            join s in subDistricts.Query() on e.SubDistrictCode equals s.Code into sd
            from s in sd.DefaultIfEmpty()
            select new VisitRow { Visit = v, EnterpriseName = e.Name, SubDistrictCode = e.SubDistrictCode, SubDistrictName = s.Name };
        if (input.From is { } from)
        {
            query = query.Where(r => r.Visit.VisitDate >= from);
        }

        if (input.To is { } to)
        {
            query = query.Where(r => r.Visit.VisitDate <= to);
        }

        if (!string.IsNullOrWhiteSpace(input.SubDistrictCode))
        {
            query = query.Where(r => r.SubDistrictCode == input.SubDistrictCode);
        }

        if (input.OfficerId is { } officerId)
        {
            query = query.Where(r => r.Visit.Officers.Any(o => o.UserId == officerId));
        }

        if (input.EnterpriseId is { } enterpriseId)
        {
            query = query.Where(r => r.Visit.EnterpriseId == enterpriseId);
        }

        if (input.Kind is { } kind)
        {
            query = query.Where(r => r.Visit.Kind == kind);
        }

        if (!string.IsNullOrWhiteSpace(input.Filter))
        {
            var filter = input.Filter.Trim();
            query = query.Where(r => r.EnterpriseName.Contains(filter));
        }

        return query;
    }

    private async Task<VisitDto?> FindByRequestAsync(CreateVisitDto input, CancellationToken cancellationToken)
    {
        var id = await visits.Query().IgnoreQueryFilters().Where(v => v.ClientRequestId == input.ClientRequestId)
            .Select(v => new { v.Id, v.EnterpriseId, v.CreatorId }).FirstOrDefaultAsync(cancellationToken);
        if (id is null)
        {
            return null;
        }

        // The key belongs to its author's draft: reusing it for another enterprise, or someone else's key, is refused.
        if (id.EnterpriseId != input.EnterpriseId || id.CreatorId != currentUser.Id)
        {
            throw new BusinessException(IncubationErrorCodes.VisitRequestReused, 409) { Field = "clientRequestId" };
        }

        return await GetAsync(id.Id, cancellationToken);
    }

    private async Task<Visit> BuildVisitAsync(CreateVisitDto input, CancellationToken cancellationToken)
    {
        var visit = new Visit(input.ClientRequestId, input.EnterpriseId, input.VisitDate, input.Kind);
        visit.Describe(input.Operations, input.Innovation, input.Difficulties, input.Notes);
        foreach (var attendee in input.Attendees)
        {
            visit.AddAttendee(attendee.Name, attendee.Title);
        }

        var officerIds = input.OfficerIds.Append(currentUser.Id!.Value).Distinct().ToList();
        var officers = await users.Query().AsNoTracking().Where(u => officerIds.Contains(u.Id) && u.IsActive)
            .Select(u => new { u.Id, Name = u.DisplayName ?? u.UserName ?? string.Empty }).ToListAsync(cancellationToken);
        if (officers.Count != officerIds.Count)
        {
            throw new BusinessException(IncubationErrorCodes.UnknownOfficer, 400) { Field = "officerIds" };
        }

        foreach (var officer in officers.OrderBy(o => o.Id != currentUser.Id))
        {
            visit.AddOfficer(officer.Id, officer.Name);
        }

        var codes = input.PolicyCodes.Distinct(StringComparer.Ordinal).ToList();
        if (await policyTopics.Query().CountAsync(t => codes.Contains(t.Code), cancellationToken) != codes.Count)
        {
            throw new BusinessException(IncubationErrorCodes.UnknownPolicyTopic, 400) { Field = "policyCodes" };
        }

        visit.ExplainPolicies(codes);

        var unitIds = input.Needs.Select(n => n.ResponsibleUnitId).Distinct().ToList();
        if (await units.Query().CountAsync(u => unitIds.Contains(u.Id), cancellationToken) != unitIds.Count)
        {
            throw new BusinessException(IncubationErrorCodes.UnknownResponsibleUnit, 400) { Field = "needs" };
        }

        // Files must have been uploaded for this enterprise (so nobody attaches another enterprise's file by id).
        var fileIds = input.AttachmentFileIds.Concat(input.SignatureFileId is { } s ? [s] : []).Distinct().ToList();
        if (await files.Query().CountAsync(f => fileIds.Contains(f.Id) && f.EnterpriseId == input.EnterpriseId, cancellationToken) != fileIds.Count)
        {
            throw new BusinessException(IncubationErrorCodes.UnknownFile, 400) { Field = "attachmentFileIds" };
        }

        visit.Attach(input.SignatureFileId, input.AttachmentFileIds);
        return visit;
    }

    private async Task<List<VisitDto>> LoadManyAsync(IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken)
    {
        var rows = await (
                from v in visits.Query().AsNoTracking().Include(v => v.Officers)
                join e in enterprises.Query() on v.EnterpriseId equals e.Id
                where ids.Contains(v.Id)
                select new { Visit = v, EnterpriseName = e.Name })
            .ToListAsync(cancellationToken);
        var today = ChinaTime.Today(clock);
        var needRows = await NeedQueries.Project(
                new NeedQueries(needs, units, enterpriseLabels).Rows().AsNoTracking()
                    .Where(r => r.Need.VisitId != null && ids.Contains(r.Need.VisitId.Value))
                    .OrderBy(r => r.Need.RaisedAt).ThenBy(r => r.Need.Id), today)
            .ToListAsync(cancellationToken);
        var needsByVisit = needRows.ToLookup(n => n.VisitId);
        return rows.Select(r => new VisitDto(
            r.Visit.Id, r.Visit.ClientRequestId, r.Visit.EnterpriseId, r.EnterpriseName, r.Visit.VisitDate, r.Visit.Kind,
            r.Visit.Officers.Select(o => new VisitOfficerDto(o.UserId, o.DisplayName)).ToList(),
            r.Visit.Attendees.Select(a => new VisitAttendeeDto(a.Name, a.Title)).ToList(),
            r.Visit.PolicyCodes, r.Visit.Operations, r.Visit.Innovation, r.Visit.Difficulties, r.Visit.Notes,
            r.Visit.SignatureFileId, r.Visit.AttachmentFileIds, needsByVisit[r.Visit.Id].ToList(), r.Visit.CreationTime)).ToList();
    }
}
