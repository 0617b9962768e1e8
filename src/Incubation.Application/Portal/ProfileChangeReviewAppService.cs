using FluentValidation;
using Incubation.Data;
using Incubation.Dtos;
using Incubation.Enterprises;
using Incubation.Identity;
using Incubation.Lookups;
using Incubation.Permissions;
using Incubation.Visits;
using Microsoft.EntityFrameworkCore;

namespace Incubation.Portal;

/// <summary>The bureau approves or rejects the key-field changes enterprises ask for; the requester is told.</summary>
public sealed class ProfileChangeReviewAppService(
    IRepository<ProfileChangeRequest> changes,
    IEnterpriseRepository enterprises,
    IRepository<AppUser> users,
    IRepository<SubDistrict> subDistricts,
    PortalNotifier notifier,
    IUnitOfWork unitOfWork,
    IPermissionChecker permissions,
    ICurrentUser currentUser,
    TimeProvider clock,
    IValidator<GetProfileChangesInput> listValidator,
    IValidator<ApproveReviewDto> approveValidator,
    IValidator<RejectReviewDto> rejectValidator) : IProfileChangeReviewAppService
{
    public async Task<PagedResultDto<ProfileChangeDto>> GetListAsync(GetProfileChangesInput input, CancellationToken cancellationToken)
    {
        await permissions.CheckAsync(IncubationPermissions.Registrations.Default, cancellationToken);
        await listValidator.ValidateAndThrowAsync(input, cancellationToken);
        var query = changes.Query().AsNoTracking();
        if (input.Status is { } status)
        {
            query = query.Where(c => c.Status == status);
        }

        var total = await query.LongCountAsync(cancellationToken);
        var page = await query.OrderBy(c => c.CreationTime).ThenBy(c => c.Id).Skip(input.SkipCount).Take(input.MaxResultCount)
            .ToListAsync(cancellationToken);
        return new PagedResultDto<ProfileChangeDto>(total, await ToDtosAsync(page, cancellationToken));
    }

    public async Task<ProfileChangeDto> ApproveAsync(Guid id, ApproveReviewDto input, CancellationToken cancellationToken)
    {
        await permissions.CheckAsync(IncubationPermissions.Registrations.Verify, cancellationToken);
        await approveValidator.ValidateAndThrowAsync(input, cancellationToken);
        var change = await LoadAsync(id, input.ConcurrencyStamp, cancellationToken);
        var enterprise = await enterprises.FindForVerificationAsync(change.EnterpriseId, cancellationToken)
                         ?? throw new EntityNotFoundException(nameof(Enterprise), change.EnterpriseId);
        if (await enterprises.CreditCodeExistsAsync(change.Proposed.CreditCode, enterprise.Id, cancellationToken))
        {
            throw new BusinessException(IncubationErrorCodes.DuplicateCreditCode, 409);
        }

        change.Approve(ReviewerId, clock.GetUtcNow().UtcDateTime);
        enterprise.Rename(change.Proposed.Name);
        enterprise.ChangeCreditCode(CreditCode.Create(change.Proposed.CreditCode, change.Proposed.CreditCodeOverrideReason));
        enterprise.MoveTo(change.Proposed.SubDistrictCode);
        notifier.Notify(change.RequestedBy, NotificationKind.ProfileChangeApproved, change.Id, change.Proposed.Name);
        await unitOfWork.SaveChangesAsync(cancellationToken);
        return (await ToDtosAsync([change], cancellationToken))[0];
    }

    public async Task<ProfileChangeDto> RejectAsync(Guid id, RejectReviewDto input, CancellationToken cancellationToken)
    {
        await permissions.CheckAsync(IncubationPermissions.Registrations.Verify, cancellationToken);
        await rejectValidator.ValidateAndThrowAsync(input, cancellationToken);
        var change = await LoadAsync(id, input.ConcurrencyStamp, cancellationToken);
        change.Reject(input.Reason, ReviewerId, clock.GetUtcNow().UtcDateTime);
        notifier.Notify(change.RequestedBy, NotificationKind.ProfileChangeRejected, change.Id, change.Current.Name);
        await unitOfWork.SaveChangesAsync(cancellationToken);
        return (await ToDtosAsync([change], cancellationToken))[0];
    }

    private Guid ReviewerId => currentUser.Id ?? throw new AuthorizationException(authenticated: false);

    private async Task<ProfileChangeRequest> LoadAsync(Guid id, string stamp, CancellationToken cancellationToken)
    {
        var change = await changes.Query().FirstOrDefaultAsync(c => c.Id == id, cancellationToken)
                     ?? throw new EntityNotFoundException(nameof(ProfileChangeRequest), id);
        unitOfWork.ExpectConcurrencyStamp(change, stamp);
        return change;
    }

    private async Task<IReadOnlyList<ProfileChangeDto>> ToDtosAsync(IReadOnlyList<ProfileChangeRequest> page, CancellationToken cancellationToken)
    {
        var ids = page.Select(c => c.EnterpriseId).Distinct().ToList();
        var names = await enterprises.QueryForVerification().Where(e => ids.Contains(e.Id)).ToDictionaryAsync(e => e.Id, e => e.Name, cancellationToken);
        return await ProfileChangeDtos.ToDtosAsync(page, users, subDistricts, cancellationToken, names);
    }
}
