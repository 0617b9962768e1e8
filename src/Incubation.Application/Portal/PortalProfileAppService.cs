using FluentValidation;
using Incubation.Data;
using Incubation.Enterprises;
using Incubation.Identity;
using Incubation.Lookups;
using Incubation.Permissions;
using Microsoft.EntityFrameworkCore;

namespace Incubation.Portal;

/// <summary>
/// The enterprise user's own record. Everything is looked up from the caller's own enterprise link, never from an id
/// they send, so there is no other enterprise to reach. Key fields wait for the bureau; the rest applies at once.
/// </summary>
public sealed class PortalProfileAppService(
    IEnterpriseRepository enterprises,
    IRepository<ProfileChangeRequest> changes,
    IRepository<AppUser> users,
    IRepository<SubDistrict> subDistricts,
    IUnitOfWork unitOfWork,
    IPermissionChecker permissions,
    ICurrentUser currentUser,
    IValidator<UpdatePortalProfileDto> validator) : IPortalProfileAppService
{
    public async Task<PortalProfileDto> GetAsync(CancellationToken cancellationToken)
    {
        await permissions.CheckAsync(IncubationPermissions.Portal.Default, cancellationToken);
        var enterprise = await enterprises.FindForUpdateAsync(OwnEnterpriseId(), cancellationToken)
                         ?? throw new EntityNotFoundException(nameof(Enterprise), OwnEnterpriseId());
        return await ToProfileAsync(enterprise, cancellationToken);
    }

    public async Task<PortalProfileDto> UpdateAsync(UpdatePortalProfileDto input, CancellationToken cancellationToken)
    {
        await permissions.CheckAsync(IncubationPermissions.Portal.Default, cancellationToken);
        await validator.ValidateAndThrowAsync(input, cancellationToken);
        var enterprise = await enterprises.FindForUpdateAsync(OwnEnterpriseId(), cancellationToken)
                         ?? throw new EntityNotFoundException(nameof(Enterprise), OwnEnterpriseId());
        unitOfWork.ExpectConcurrencyStamp(enterprise, input.ConcurrencyStamp);

        var creditCode = CreditCode.Create(input.UnifiedSocialCreditCode, input.CreditCodeOverrideReason);
        var proposed = new KeyFields(input.Name.Trim(), creditCode.Value, creditCode.OverrideReason, input.SubDistrictCode);
        var current = PortalProfileMapping.KeyFieldsOf(enterprise);
        if (proposed != current)
        {
            await ProposeKeyFieldChangeAsync(enterprise, current, proposed, cancellationToken);
        }

        enterprise.ChangeIndustryField(input.IndustryFieldCode);
        EnterpriseAppService.Apply(enterprise, input.ToEnterpriseUpdate(enterprise));
        await unitOfWork.SaveChangesAsync(cancellationToken);
        return await ToProfileAsync(enterprise, cancellationToken);
    }

    private async Task ProposeKeyFieldChangeAsync(Enterprise enterprise, KeyFields current, KeyFields proposed, CancellationToken cancellationToken)
    {
        var pending = await changes.Query().AsNoTracking()
            .FirstOrDefaultAsync(c => c.EnterpriseId == enterprise.Id && c.Status == ReviewStatus.Pending, cancellationToken);
        if (pending is not null)
        {
            if (pending.Proposed == proposed)
            {
                return; // the same change sent again while it waits
            }

            throw new BusinessException(IncubationErrorCodes.KeyFieldChangePending, 409);
        }

        if (proposed.CreditCode != current.CreditCode && await enterprises.CreditCodeExistsAsync(proposed.CreditCode, enterprise.Id, cancellationToken))
        {
            throw new BusinessException(IncubationErrorCodes.DuplicateCreditCode, 409) { Field = "unifiedSocialCreditCode" };
        }

        changes.Add(new ProfileChangeRequest(enterprise.Id, currentUser.Id!.Value, current, proposed));
    }

    private Guid OwnEnterpriseId() =>
        currentUser.DataScope.EnterpriseId ?? throw new BusinessException(IncubationErrorCodes.NoEnterpriseLink, 403);

    private async Task<PortalProfileDto> ToProfileAsync(Enterprise enterprise, CancellationToken cancellationToken)
    {
        var latest = await changes.Query().AsNoTracking()
            .Where(c => c.EnterpriseId == enterprise.Id)
            .OrderByDescending(c => c.CreationTime).ThenByDescending(c => c.Id)
            .Take(2)
            .ToListAsync(cancellationToken);
        var dtos = await ProfileChangeDtos.ToDtosAsync(latest, users, subDistricts, cancellationToken);
        var isAdmin = await users.Query().AnyAsync(u => u.Id == currentUser.Id && u.IsEnterpriseAdmin, cancellationToken);
        var fresh = await enterprises.FindForUpdateAsync(enterprise.Id, cancellationToken) ?? enterprise;
        return new PortalProfileDto(fresh.ToDto(), dtos.FirstOrDefault(d => d.Status == ReviewStatus.Pending),
            dtos.FirstOrDefault(d => d.Status != ReviewStatus.Pending), isAdmin);
    }
}
