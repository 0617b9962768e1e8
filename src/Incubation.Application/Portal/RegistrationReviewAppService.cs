using FluentValidation;
using Incubation.Data;
using Incubation.Dtos;
using Incubation.Enterprises;
using Incubation.Identity;
using Incubation.Lookups;
using Incubation.Permissions;
using Microsoft.EntityFrameworkCore;

namespace Incubation.Portal;

/// <summary>
/// The bureau's verification queue. Approving binds the account to the enterprise as an EnterpriseUser (its
/// administrator when the enterprise has none yet) and verifies a new enterprise; rejecting keeps the account
/// without access and drops a new enterprise again. The applicant is told either way, in the app and by email.
/// </summary>
public sealed class RegistrationReviewAppService(
    IRepository<RegistrationRequest> requests,
    IEnterpriseRepository enterprises,
    IRepository<AppUser> users,
    IRepository<TechField> techFields,
    EnterpriseAccounts accounts,
    PortalNotifier notifier,
    AccountEmails emails,
    IUnitOfWork unitOfWork,
    IPermissionChecker permissions,
    ICurrentUser currentUser,
    TimeProvider clock,
    IValidator<GetRegistrationsInput> listValidator,
    IValidator<ApproveReviewDto> approveValidator,
    IValidator<RejectReviewDto> rejectValidator) : IRegistrationReviewAppService
{
    public async Task<PagedResultDto<RegistrationRequestDto>> GetListAsync(GetRegistrationsInput input, CancellationToken cancellationToken)
    {
        await permissions.CheckAsync(IncubationPermissions.Registrations.Default, cancellationToken);
        await listValidator.ValidateAndThrowAsync(input, cancellationToken);

        var query = requests.Query().AsNoTracking();
        if (input.Status is { } status)
        {
            query = query.Where(r => r.Status == status);
        }

        if (!string.IsNullOrWhiteSpace(input.Filter))
        {
            var filter = input.Filter.Trim();
            var code = filter.ToUpperInvariant(); // codes are stored upper-case
            query = query.Where(r => r.EnterpriseName.Contains(filter) || r.CreditCode.StartsWith(code)
                                     || r.ContactName.Contains(filter) || r.Email.Contains(filter));
        }

        var total = await query.LongCountAsync(cancellationToken);
        var page = await query.OrderBy(r => r.CreationTime).ThenBy(r => r.Id)
            .Skip(input.SkipCount).Take(input.MaxResultCount)
            .ToListAsync(cancellationToken);
        return new PagedResultDto<RegistrationRequestDto>(total, await ToDtosAsync(page, cancellationToken));
    }

    public async Task<RegistrationRequestDto> ApproveAsync(Guid id, ApproveReviewDto input, CancellationToken cancellationToken)
    {
        await permissions.CheckAsync(IncubationPermissions.Registrations.Verify, cancellationToken);
        await approveValidator.ValidateAndThrowAsync(input, cancellationToken);
        var request = await LoadAsync(id, input.ConcurrencyStamp, cancellationToken);
        var enterprise = await enterprises.FindForVerificationAsync(request.EnterpriseId, cancellationToken)
                         ?? throw new EntityNotFoundException(nameof(Enterprise), request.EnterpriseId);
        var user = await users.Query().FirstOrDefaultAsync(u => u.Id == request.UserId, cancellationToken)
                   ?? throw new EntityNotFoundException(nameof(AppUser), request.UserId);

        request.Approve(ReviewerId, Now);
        enterprise.MarkVerified();
        await accounts.BindAsync(user, enterprise.Id, cancellationToken);
        notifier.Notify(user.Id, Visits.NotificationKind.RegistrationApproved, request.Id, enterprise.Name);
        await unitOfWork.SaveChangesAsync(cancellationToken);

        await emails.SendDecisionAsync(user, approved: true, null, cancellationToken);
        return (await ToDtosAsync([request], cancellationToken))[0];
    }

    public async Task<RegistrationRequestDto> RejectAsync(Guid id, RejectReviewDto input, CancellationToken cancellationToken)
    {
        await permissions.CheckAsync(IncubationPermissions.Registrations.Verify, cancellationToken);
        await rejectValidator.ValidateAndThrowAsync(input, cancellationToken);
        var request = await LoadAsync(id, input.ConcurrencyStamp, cancellationToken);
        var user = await users.Query().AsNoTracking().FirstOrDefaultAsync(u => u.Id == request.UserId, cancellationToken);

        request.Reject(input.Reason, ReviewerId, Now);
        if (await enterprises.FindForVerificationAsync(request.EnterpriseId, cancellationToken) is { Status: EnterpriseStatus.PendingVerification } created
            && !await requests.Query().AnyAsync(r => r.EnterpriseId == created.Id && r.Id != request.Id && r.Status == ReviewStatus.Pending, cancellationToken))
        {
            // Nobody was approved on it and no other sign-up for the same code still waits (a second applicant's claim
            // on it would otherwise point at a deleted record): the enterprise only existed for these requests.
            enterprises.Remove(created);
        }

        notifier.Notify(request.UserId, Visits.NotificationKind.RegistrationRejected, request.Id, request.EnterpriseName);
        await unitOfWork.SaveChangesAsync(cancellationToken);

        if (user is not null)
        {
            await emails.SendDecisionAsync(user, approved: false, request.RejectionReason, cancellationToken);
        }

        return (await ToDtosAsync([request], cancellationToken))[0];
    }

    private Guid ReviewerId => currentUser.Id ?? throw new AuthorizationException(authenticated: false);

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    private async Task<RegistrationRequest> LoadAsync(Guid id, string stamp, CancellationToken cancellationToken)
    {
        var request = await requests.Query().FirstOrDefaultAsync(r => r.Id == id, cancellationToken)
                      ?? throw new EntityNotFoundException(nameof(RegistrationRequest), id);
        unitOfWork.ExpectConcurrencyStamp(request, stamp);
        return request;
    }

    /// <summary>The page's requests with the registry's record each one claims, fetched in one query per kind of fact.</summary>
    private async Task<IReadOnlyList<RegistrationRequestDto>> ToDtosAsync(IReadOnlyList<RegistrationRequest> page, CancellationToken cancellationToken)
    {
        var userIds = page.Select(r => r.UserId).ToList();
        var enterpriseIds = page.Select(r => r.EnterpriseId).Distinct().ToList();
        var confirmed = await users.Query().AsNoTracking().Where(u => userIds.Contains(u.Id))
            .ToDictionaryAsync(u => u.Id, u => u.EmailConfirmed, cancellationToken);
        var records = await enterprises.QueryForVerification().Where(e => enterpriseIds.Contains(e.Id))
            .Select(e => new
            {
                e.Id, e.Name, e.UnifiedSocialCreditCode, e.Status, e.SubDistrictCode, e.IndustryFieldCode, e.LegalRepresentative,
                SubDistrictName = e.SubDistrict!.Name, IncubatorName = e.Incubator != null ? e.Incubator.Name : null,
            })
            .ToDictionaryAsync(e => e.Id, cancellationToken);
        var accountNames = await users.Query().AsNoTracking()
            .Where(u => u.EnterpriseId != null && enterpriseIds.Contains(u.EnterpriseId.Value) && u.IsActive)
            .Select(u => new { EnterpriseId = u.EnterpriseId!.Value, Name = u.DisplayName ?? u.UserName })
            .ToListAsync(cancellationToken);
        var fieldCodes = records.Values.Select(r => r.IndustryFieldCode).Distinct().ToList();
        var fieldNames = await techFields.Query().AsNoTracking().Where(f => fieldCodes.Contains(f.Code))
            .ToDictionaryAsync(f => f.Code, f => f.Name, cancellationToken);

        return page.Select(r =>
        {
            var record = records.GetValueOrDefault(r.EnterpriseId);
            var existing = r.Kind == RegistrationKind.Claim && record is not null
                ? new ExistingEnterpriseDto(record.Id, record.Name, record.UnifiedSocialCreditCode, record.SubDistrictName, record.IncubatorName,
                    record.LegalRepresentative, accountNames.Where(a => a.EnterpriseId == record.Id).Select(a => a.Name ?? string.Empty).ToList())
                : null;
            return new RegistrationRequestDto(r.Id, r.Kind, r.Status, r.CreditCode, r.CreditCodeExplanation, r.EnterpriseName,
                record?.SubDistrictName, record is null ? null : fieldNames.GetValueOrDefault(record.IndustryFieldCode),
                r.ContactName, r.PhoneNumber, r.Email, confirmed.GetValueOrDefault(r.UserId), r.CreationTime, r.ReviewedAt,
                r.RejectionReason, existing, r.ConcurrencyStamp);
        }).ToList();
    }
}
