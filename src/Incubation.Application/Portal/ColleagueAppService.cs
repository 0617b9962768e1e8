using FluentValidation;
using FluentValidation.Results;
using Incubation.Data;
using Incubation.Enterprises;
using Incubation.Identity;
using Incubation.Localization;
using Incubation.Permissions;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Incubation.Portal;

/// <summary>
/// The accounts of the caller's own enterprise. Every query is limited to the caller's enterprise link; an id of
/// anyone else's account is simply not found. Inviting and removing are for the enterprise's administrator.
/// </summary>
public sealed class ColleagueAppService(
    UserManager<AppUser> userManager,
    IRepository<AppUser> users,
    IEnterpriseRepository enterprises,
    EnterpriseAccounts accounts,
    AccountEmails emails,
    IUnitOfWork unitOfWork,
    IPermissionChecker permissions,
    ICurrentUser currentUser,
    IStringLocalizer<IncubationResource> l,
    IValidator<InviteColleagueDto> inviteValidator) : IColleagueAppService
{
    public async Task<IReadOnlyList<ColleagueDto>> GetListAsync(CancellationToken cancellationToken)
    {
        await permissions.CheckAsync(IncubationPermissions.Portal.Default, cancellationToken);
        var enterpriseId = OwnEnterpriseId();
        var me = currentUser.Id;
        return await users.Query().AsNoTracking()
            .Where(u => u.EnterpriseId == enterpriseId && u.IsActive)
            .OrderByDescending(u => u.IsEnterpriseAdmin).ThenBy(u => u.CreationTime).ThenBy(u => u.Id)
            .Select(u => new ColleagueDto(u.Id, u.DisplayName, u.Email, u.PhoneNumber, u.IsEnterpriseAdmin, u.EmailConfirmed, u.Id == me))
            .ToListAsync(cancellationToken);
    }

    public async Task<ColleagueDto> InviteAsync(InviteColleagueDto input, CancellationToken cancellationToken)
    {
        await permissions.CheckAsync(IncubationPermissions.Portal.Default, cancellationToken);
        await inviteValidator.ValidateAndThrowAsync(input, cancellationToken);
        var enterpriseId = await AdministeredEnterpriseIdAsync(cancellationToken);
        var email = input.Email.Trim();
        if (await userManager.FindByEmailAsync(email) is not null)
        {
            throw new ValidationException([new ValidationFailure("email", l[IncubationErrorCodes.EmailTaken])]);
        }

        var user = new AppUser(email)
        {
            Email = email,
            DisplayName = input.DisplayName.Trim(),
            PhoneNumber = string.IsNullOrWhiteSpace(input.PhoneNumber) ? null : PhoneNumbers.Normalize(input.PhoneNumber),
        };
        await accounts.BindAsync(user, enterpriseId, cancellationToken);

        // No password yet: the invitation's link sets it. Identity saves the role link with the user.
        var created = await userManager.CreateAsync(user);
        if (!created.Succeeded)
        {
            throw new ValidationException([new ValidationFailure("email", string.Join(" ", created.Errors.Select(e => e.Description)))]);
        }

        var enterpriseName = await enterprises.Query().Where(e => e.Id == enterpriseId).Select(e => e.Name).FirstAsync(cancellationToken);
        await emails.SendInvitationAsync(user, enterpriseName, cancellationToken);
        return new ColleagueDto(user.Id, user.DisplayName, user.Email, user.PhoneNumber, user.IsEnterpriseAdmin, false, false);
    }

    public async Task RemoveAsync(Guid id, CancellationToken cancellationToken)
    {
        await permissions.CheckAsync(IncubationPermissions.Portal.Default, cancellationToken);
        var enterpriseId = await AdministeredEnterpriseIdAsync(cancellationToken);
        if (id == currentUser.Id)
        {
            throw new BusinessException(IncubationErrorCodes.CannotRemoveYourself, 422);
        }

        var colleague = await users.Query().FirstOrDefaultAsync(u => u.Id == id && u.EnterpriseId == enterpriseId && u.IsActive, cancellationToken)
                        ?? throw new EntityNotFoundException(nameof(AppUser), id);
        await accounts.UnbindAsync(colleague, cancellationToken);
        await unitOfWork.SaveChangesAsync(cancellationToken);
    }

    private Guid OwnEnterpriseId() =>
        currentUser.DataScope.EnterpriseId ?? throw new BusinessException(IncubationErrorCodes.NoEnterpriseLink, 403);

    private async Task<Guid> AdministeredEnterpriseIdAsync(CancellationToken cancellationToken)
    {
        var enterpriseId = OwnEnterpriseId();
        var isAdmin = await users.Query().AnyAsync(u => u.Id == currentUser.Id && u.EnterpriseId == enterpriseId && u.IsEnterpriseAdmin && u.IsActive, cancellationToken);
        return isAdmin ? enterpriseId : throw new BusinessException(IncubationErrorCodes.NotEnterpriseAdmin, 403);
    }
}
