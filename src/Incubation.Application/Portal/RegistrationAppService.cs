using FluentValidation;
using FluentValidation.Results;
using Incubation.Data;
using Incubation.Enterprises;
using Incubation.Identity;
using Incubation.Localization;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Incubation.Portal;

/// <summary>
/// Self-registration. The answer never says whether the code was already in the registry: a new code creates the
/// enterprise PendingVerification, a known one makes the applicant a pending claim on it; either way the account has
/// no role and no enterprise until the bureau approves, so the applicant sees nothing of the registry meanwhile.
/// </summary>
public sealed class RegistrationAppService(
    UserManager<AppUser> users,
    IRepository<RegistrationRequest> requests,
    IEnterpriseRepository enterprises,
    IRegistrationChallenge challenge,
    AccountEmails emails,
    ICurrentUser currentUser,
    IStringLocalizer<IncubationResource> l,
    IValidator<RegisterEnterpriseDto> registerValidator,
    IValidator<ConfirmEmailDto> confirmValidator,
    IValidator<SetPasswordDto> setPasswordValidator) : IRegistrationAppService
{
    public RegistrationChallengeDto CreateChallenge() => challenge.Create();

    public async Task<RegistrationReceiptDto> RegisterAsync(RegisterEnterpriseDto input, CancellationToken cancellationToken)
    {
        await registerValidator.ValidateAndThrowAsync(input, cancellationToken);
        if (!challenge.TryRedeem(input.ChallengeToken, input.ChallengeAnswer.Trim()))
        {
            throw FieldError("challengeAnswer", l[IncubationErrorCodes.ChallengeFailed]);
        }

        var email = input.Email.Trim();
        if (await users.FindByEmailAsync(email) is not null)
        {
            throw FieldError("email", l[IncubationErrorCodes.EmailTaken]);
        }

        var user = new AppUser(email)
        {
            Email = email,
            PhoneNumber = PhoneNumbers.Normalize(input.PhoneNumber),
            DisplayName = input.ContactName.Trim(),
        };
        await EnsurePasswordAcceptedAsync(user, input.Password);

        var creditCode = CreditCode.Create(input.UnifiedSocialCreditCode, input.CreditCodeOverrideReason);
        var existingId = await enterprises.FindIdByCreditCodeAsync(creditCode.Value, cancellationToken);
        var enterpriseId = existingId ?? Guid.CreateVersion7();
        if (existingId is null)
        {
            enterprises.Add(Enterprise.Register(enterpriseId, input.EnterpriseName, creditCode, input.SubDistrictCode, input.IndustryFieldCode));
        }

        var applicant = new RegistrationApplicant(creditCode.Value, creditCode.OverrideReason, input.EnterpriseName.Trim(),
            user.DisplayName, user.PhoneNumber, email);
        requests.Add(new RegistrationRequest(user.Id, enterpriseId, existingId is null ? RegistrationKind.NewEnterprise : RegistrationKind.Claim, applicant));

        // Identity's store saves the tracked enterprise and request with the user: one transaction.
        var created = await users.CreateAsync(user, input.Password);
        if (!created.Succeeded)
        {
            // Password rules were checked above; what is left is about the account name, i.e. the address.
            throw new ValidationException(created.Errors
                .GroupBy(e => e.Code.StartsWith("Password", StringComparison.Ordinal) ? "password" : "email")
                .Select(g => new ValidationFailure(g.Key, string.Join(" ", g.Select(e => e.Description)))));
        }

        await emails.SendConfirmationAsync(user, cancellationToken);
        return new RegistrationReceiptDto(email);
    }

    public async Task ConfirmEmailAsync(ConfirmEmailDto input, CancellationToken cancellationToken)
    {
        await confirmValidator.ValidateAndThrowAsync(input, cancellationToken);
        var user = await users.FindByIdAsync(input.UserId.ToString());
        var result = user is null ? IdentityResult.Failed() : await users.ConfirmEmailAsync(user, input.Token);
        if (!result.Succeeded)
        {
            throw FieldError("token", l[IncubationErrorCodes.InvalidAccountLink]);
        }
    }

    public async Task SetPasswordAsync(SetPasswordDto input, CancellationToken cancellationToken)
    {
        await setPasswordValidator.ValidateAndThrowAsync(input, cancellationToken);
        var user = await users.FindByIdAsync(input.UserId.ToString());
        if (user is null || !user.IsActive)
        {
            throw FieldError("token", l[IncubationErrorCodes.InvalidAccountLink]);
        }

        await EnsurePasswordAcceptedAsync(user, input.Password);
        var result = await users.ResetPasswordAsync(user, input.Token, input.Password);
        if (!result.Succeeded)
        {
            throw FieldError("token", l[IncubationErrorCodes.InvalidAccountLink]);
        }

        // The invitation reached this address: that confirms it.
        user.EmailConfirmed = true;
        await users.UpdateAsync(user);
    }

    public async Task<MyRegistrationDto?> GetMineAsync(CancellationToken cancellationToken)
    {
        if (currentUser.Id is not { } userId)
        {
            throw new AuthorizationException(authenticated: false);
        }

        var confirmed = await users.Users.Where(u => u.Id == userId).Select(u => u.EmailConfirmed).FirstOrDefaultAsync(cancellationToken);
        return await requests.Query().AsNoTracking()
            .Where(r => r.UserId == userId)
            .OrderByDescending(r => r.CreationTime)
            .Select(r => new MyRegistrationDto(r.Id, r.Status, r.EnterpriseName, r.CreditCode, confirmed, r.CreationTime,
                r.ReviewedAt, r.RejectionReason))
            .FirstOrDefaultAsync(cancellationToken);
    }

    private async Task EnsurePasswordAcceptedAsync(AppUser user, string password)
    {
        var errors = new List<string>();
        foreach (var validator in users.PasswordValidators)
        {
            var result = await validator.ValidateAsync(users, user, password);
            errors.AddRange(result.Errors.Select(e => e.Description));
        }

        if (errors.Count > 0)
        {
            throw FieldError("password", string.Join(" ", errors));
        }
    }

    private static ValidationException FieldError(string field, string message) => new([new ValidationFailure(field, message)]);
}
