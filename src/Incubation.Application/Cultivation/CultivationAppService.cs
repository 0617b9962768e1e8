using FluentValidation;
using Incubation.Certification;
using Incubation.Data;
using Incubation.Dtos;
using Incubation.Enterprises;
using Incubation.Identity;
using Incubation.Permissions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;

namespace Incubation.Cultivation;

/// <summary>
/// The cultivation pool. Every query joins the scope-filtered enterprises, so a manager or street officer sees and
/// acts only on members inside their data scope; the pool's size and floor are district-wide aggregates.
/// </summary>
public sealed class CultivationAppService(
    IRepository<PoolMembership> memberships,
    IRepository<PoolFloorBreach> breaches,
    IEnterpriseRepository enterprises,
    IUnitOfWork unitOfWork,
    IPermissionChecker permissions,
    ICurrentUser currentUser,
    TimeProvider clock,
    IConfiguration configuration,
    CultivationValidators validators,
    ReadyToApplySync readyToApply) : ICultivationAppService
{
    public const int MaxExportRows = 100_000;

    public async Task<PoolSummaryDto> GetSummaryAsync(CancellationToken cancellationToken)
    {
        await permissions.CheckAsync(IncubationPermissions.Cultivation.Default, cancellationToken);
        var byStage = await memberships.Query().AsNoTracking()
            .Where(m => m.Status == MembershipStatus.Admitted)
            .GroupBy(m => m.Stage)
            .Select(g => new { Stage = g.Key, Count = g.Count() })
            .ToListAsync(cancellationToken);
        var pending = await memberships.Query().CountAsync(m => m.Status == MembershipStatus.Proposed, cancellationToken);
        int Count(CultivationStage stage) => byStage.Where(s => s.Stage == stage).Sum(s => s.Count);

        var size = byStage.Sum(s => s.Count);
        var floor = Floor;
        return new PoolSummaryDto(size, floor, size < floor, Count(CultivationStage.Reserve), Count(CultivationStage.Key),
            Count(CultivationStage.ReadyToApply), pending);
    }

    public async Task<PagedResultDto<PoolMemberDto>> GetPoolAsync(GetPoolInput input, CancellationToken cancellationToken)
    {
        await permissions.CheckAsync(IncubationPermissions.Cultivation.Default, cancellationToken);
        await validators.Pool.ValidateAndThrowAsync(input, cancellationToken);
        var query = FilterPool(input);
        var total = await query.LongCountAsync(cancellationToken);
        var page = await Project(PoolSorting.Apply(query, input.Sorting).Skip(input.SkipCount).Take(input.MaxResultCount))
            .ToListAsync(cancellationToken);
        return new PagedResultDto<PoolMemberDto>(total, page.Select(WithDaysInStage).ToList());
    }

    public async Task<IReadOnlyList<PoolMemberDto>> GetPoolForExportAsync(GetPoolInput input, CancellationToken cancellationToken)
    {
        await permissions.CheckAsync(IncubationPermissions.Cultivation.Default, cancellationToken);
        input.SkipCount = 0;
        input.MaxResultCount = 1;
        await validators.Pool.ValidateAndThrowAsync(input, cancellationToken);
        var rows = await Project(PoolSorting.Apply(FilterPool(input), input.Sorting).Take(MaxExportRows)).ToListAsync(cancellationToken);
        return rows.Select(WithDaysInStage).ToList();
    }

    public async Task<PagedResultDto<ProposalDto>> GetProposalsAsync(GetProposalsInput input, CancellationToken cancellationToken)
    {
        await permissions.CheckAsync(IncubationPermissions.Cultivation.Review, cancellationToken);
        await validators.Proposals.ValidateAndThrowAsync(input, cancellationToken);
        var query = Joined().Where(r => r.Membership.Status == MembershipStatus.Proposed);
        var total = await query.LongCountAsync(cancellationToken);
        var items = await query.OrderBy(r => r.Membership.ProposedAt).ThenBy(r => r.Membership.Id)
            .Skip(input.SkipCount).Take(input.MaxResultCount)
            .Select(r => new ProposalDto(r.Membership.Id, r.Enterprise.Id, r.Enterprise.Name, r.Enterprise.UnifiedSocialCreditCode,
                r.Membership.Reason, r.Membership.Evidence, r.Membership.ProposedAt,
                r.Membership.Events.Where(e => e.Kind == MembershipEventKind.Proposed).Select(e => e.UserName).FirstOrDefault(),
                r.Membership.ConcurrencyStamp))
            .ToListAsync(cancellationToken);
        return new PagedResultDto<ProposalDto>(total, items);
    }

    public async Task<MembershipDto> ProposeAsync(CreateProposalDto input, CancellationToken cancellationToken)
    {
        await permissions.CheckAsync(IncubationPermissions.Cultivation.Propose, cancellationToken);
        await validators.Proposal.ValidateAndThrowAsync(input, cancellationToken);
        await enterprises.EnsureVisibleAsync(input.EnterpriseId, cancellationToken);
        if (await memberships.Query().AnyAsync(m => m.EnterpriseId == input.EnterpriseId && m.IsOpen, cancellationToken))
        {
            throw AlreadyInPool();
        }

        var membership = PoolMembership.Propose(input.EnterpriseId, input.Reason, input.Evidence, Actor());
        memberships.Add(membership);
        try
        {
            await unitOfWork.SaveChangesAsync(cancellationToken);
        }
        catch (DuplicateKeyException)
        {
            throw AlreadyInPool(); // a concurrent proposal won the unique index on open memberships
        }

        return membership.ToDto();
    }

    public async Task<MembershipDto> AdmitAsync(Guid id, AdmitMembershipDto input, CancellationToken cancellationToken)
    {
        await permissions.CheckAsync(IncubationPermissions.Cultivation.Review, cancellationToken);
        await validators.Admit.ValidateAndThrowAsync(input, cancellationToken);
        return await ChangeAsync(id, input.ConcurrencyStamp, m => m.Admit(Actor(), input.Note), cancellationToken);
    }

    public async Task<MembershipDto> RejectAsync(Guid id, RejectMembershipDto input, CancellationToken cancellationToken)
    {
        await permissions.CheckAsync(IncubationPermissions.Cultivation.Review, cancellationToken);
        await validators.Reject.ValidateAndThrowAsync(input, cancellationToken);
        return await ChangeAsync(id, input.ConcurrencyStamp, m => m.Reject(Actor(), input.Reason), cancellationToken);
    }

    public async Task<MembershipDto> MoveAsync(Guid id, MoveMembershipDto input, CancellationToken cancellationToken)
    {
        await permissions.CheckAsync(IncubationPermissions.Cultivation.Manage, cancellationToken);
        await validators.Move.ValidateAndThrowAsync(input, cancellationToken);
        if (input.Stage == CultivationStage.ReadyToApply
            && await memberships.Query().Where(m => m.Id == id).Select(m => (Guid?)m.EnterpriseId).FirstOrDefaultAsync(cancellationToken) is { } enterpriseId)
        {
            // Ready to apply means a 高企 candidate this year: written with the move, or not at all.
            var actor = Actor();
            await readyToApply.StartCandidateAsync(enterpriseId, ChinaTime.Today(clock).Year, new ApplicationActor(actor.UserId, actor.UserName, actor.Time), cancellationToken);
        }

        return await ChangeAsync(id, input.ConcurrencyStamp, m => m.MoveTo(input.Stage, Actor(), input.Note), cancellationToken);
    }

    public async Task<MembershipDto> ExitAsync(Guid id, ExitMembershipDto input, CancellationToken cancellationToken)
    {
        await permissions.CheckAsync(IncubationPermissions.Cultivation.Manage, cancellationToken);
        await validators.Exit.ValidateAndThrowAsync(input, cancellationToken);
        var sizeBefore = await memberships.Query().CountAsync(m => m.Status == MembershipStatus.Admitted, cancellationToken);
        return await ChangeAsync(id, input.ConcurrencyStamp, m =>
        {
            m.Exit(input.Reason, Actor(), input.Note);
            if (sizeBefore - 1 < Floor && sizeBefore >= Floor)
            {
                breaches.Add(new PoolFloorBreach(clock.GetUtcNow().UtcDateTime, sizeBefore - 1, Floor, m.Id));
            }
        }, cancellationToken);
    }

    public async Task<IReadOnlyList<MembershipDto>> GetEnterpriseMembershipsAsync(Guid enterpriseId, CancellationToken cancellationToken)
    {
        await permissions.CheckAsync(IncubationPermissions.Cultivation.Default, cancellationToken);
        await enterprises.EnsureVisibleAsync(enterpriseId, cancellationToken);
        var list = await memberships.Query().AsNoTracking().Include(m => m.Events)
            .Where(m => m.EnterpriseId == enterpriseId)
            .OrderByDescending(m => m.ProposedAt)
            .ToListAsync(cancellationToken);
        return list.Select(m => m.ToDto()).ToList();
    }

    private int Floor => configuration.GetValue(CultivationConsts.PoolFloorSetting, CultivationConsts.DefaultPoolFloor);

    private IQueryable<PoolRow> Joined() =>
        from m in memberships.Query().AsNoTracking()
        join e in enterprises.Query() on m.EnterpriseId equals e.Id
        select new PoolRow { Membership = m, Enterprise = e };

    private IQueryable<PoolRow> FilterPool(GetPoolInput input)
    {
        var query = Joined().Where(r => r.Membership.Status == MembershipStatus.Admitted);
        if (!string.IsNullOrWhiteSpace(input.Filter))
        {
            var filter = input.Filter.Trim();
            var code = filter.ToUpperInvariant();
            query = query.Where(r => r.Enterprise.Name.Contains(filter) || r.Enterprise.UnifiedSocialCreditCode.StartsWith(code));
        }

        if (input.Stage is { } stage)
        {
            query = query.Where(r => r.Membership.Stage == stage);
        }

        if (!string.IsNullOrWhiteSpace(input.SubDistrictCode))
        {
            query = query.Where(r => r.Enterprise.SubDistrictCode == input.SubDistrictCode);
        }

        if (!string.IsNullOrWhiteSpace(input.IndustryFieldCode))
        {
            query = query.Where(r => r.Enterprise.IndustryFieldCode.StartsWith(input.IndustryFieldCode));
        }

        if (input.IncubatorId is { } incubatorId)
        {
            query = query.Where(r => r.Enterprise.IncubatorId == incubatorId);
        }

        if (input.ResponsibleOfficerId is { } officerId)
        {
            query = query.Where(r => r.Enterprise.ResponsibleOfficerId == officerId);
        }

        if (input.MinDaysInStage is { } days)
        {
            var since = clock.GetUtcNow().UtcDateTime.AddDays(-days);
            query = query.Where(r => r.Membership.StageSince <= since);
        }

        return query;
    }

    private static IQueryable<PoolMemberDto> Project(IQueryable<PoolRow> query) =>
        query.Select(r => new PoolMemberDto(
            r.Membership.Id, r.Enterprise.Id, r.Enterprise.Name, r.Enterprise.UnifiedSocialCreditCode,
            r.Enterprise.SubDistrict != null ? r.Enterprise.SubDistrict.Name : null,
            r.Enterprise.IndustryField != null ? r.Enterprise.IndustryField.Name : null,
            r.Enterprise.Incubator != null ? r.Enterprise.Incubator.Name : null,
            r.Membership.Stage ?? CultivationStage.Reserve, r.Membership.StageSince ?? r.Membership.ProposedAt,
            r.Membership.AdmittedAt ?? r.Membership.ProposedAt, 0, r.Membership.ConcurrencyStamp));

    private PoolMemberDto WithDaysInStage(PoolMemberDto row) =>
        row with { DaysInStage = (int)(clock.GetUtcNow().UtcDateTime - row.StageSince).TotalDays };

    private async Task<MembershipDto> ChangeAsync(Guid id, string stamp, Action<PoolMembership> change, CancellationToken cancellationToken)
    {
        var membership = await memberships.Query().Include(m => m.Events).FirstOrDefaultAsync(m => m.Id == id, cancellationToken);
        if (membership is null || !await enterprises.Query().AnyAsync(e => e.Id == membership.EnterpriseId, cancellationToken))
        {
            throw new EntityNotFoundException(nameof(PoolMembership), id);
        }

        unitOfWork.ExpectConcurrencyStamp(membership, stamp);
        change(membership);
        await unitOfWork.SaveChangesAsync(cancellationToken);
        return membership.ToDto();
    }


    private MembershipActor Actor() => new(currentUser.Id, currentUser.DisplayName ?? currentUser.UserName, clock.GetUtcNow().UtcDateTime);

    private static BusinessException AlreadyInPool() => new(IncubationErrorCodes.AlreadyInPool, 409);
}
