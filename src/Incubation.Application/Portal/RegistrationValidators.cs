using System.Text.RegularExpressions;
using FluentValidation;
using Incubation.Data;
using Incubation.Enterprises;
using Incubation.Localization;
using Incubation.Lookups;
using Incubation.Validation;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace Incubation.Portal;

public sealed class RegisterEnterpriseValidator : AbstractValidator<RegisterEnterpriseDto>
{
    public RegisterEnterpriseValidator(
        IStringLocalizer<IncubationResource> l, IRepository<SubDistrict> subDistricts, IRepository<TechField> techFields, IOptions<IdentityOptions> identity)
    {
        RuleFor(x => x.UnifiedSocialCreditCode)
            .Must(code => UnifiedSocialCreditCode.Check(UnifiedSocialCreditCode.Normalize(code)) != CreditCodeCheckResult.Malformed)
            .WithMessage(_ => l["Enterprise:CreditCodeMalformed"])
            .Must((input, code) => UnifiedSocialCreditCode.Check(UnifiedSocialCreditCode.Normalize(code)) != CreditCodeCheckResult.ChecksumMismatch
                                   || !string.IsNullOrWhiteSpace(input.CreditCodeOverrideReason))
            .WithMessage((_, code) => l["Enterprise:CreditCodeChecksumMismatch",
                UnifiedSocialCreditCode.ComputeCheckCharacter(UnifiedSocialCreditCode.Normalize(code).AsSpan(0, 17))])
            .Named(l, "Enterprise:UnifiedSocialCreditCode");
        RuleFor(x => x.CreditCodeOverrideReason).MaximumLength(EnterpriseConsts.MaxOverrideReasonLength)
            .Named(l, "Enterprise:CreditCodeOverrideReason");
        RuleFor(x => x.EnterpriseName).NotEmpty().MaximumLength(EnterpriseConsts.MaxNameLength).Named(l, "Enterprise:Name");
        RuleFor(x => x.SubDistrictCode).Cascade(CascadeMode.Stop).NotEmpty()
            .MustAsync((code, ct) => subDistricts.Query().AnyAsync(s => s.Code == code, ct))
            .WithMessage(_ => l["Incubation:UnknownSubDistrict"])
            .Named(l, "Enterprise:SubDistrict");
        RuleFor(x => x.IndustryFieldCode).Cascade(CascadeMode.Stop).NotEmpty()
            .MustAsync((code, ct) => techFields.Query().AnyAsync(f => f.Code == code && f.Level == TechField.LeafLevel, ct))
            .WithMessage(_ => l["Incubation:UnknownTechField"])
            .Named(l, "Enterprise:IndustryField");
        RuleFor(x => x.ContactName).NotEmpty().MaximumLength(PortalConsts.MaxContactNameLength).Named(l, "Portal:ContactName");
        RuleFor(x => x.PhoneNumber).NotEmpty().MaximumLength(PortalConsts.MaxPhoneLength)
            .Must(phone => Regex.IsMatch(PhoneNumbers.Normalize(phone), PortalConsts.MobilePattern))
            .WithMessage(_ => l["Portal:PhoneMalformed"])
            .Named(l, "Portal:PhoneNumber");
        RuleFor(x => x.Email).NotEmpty().MaximumLength(PortalConsts.MaxEmailLength).EmailAddress()
            .Must(email => AccountNames.Accept(email, identity.Value)).WithMessage(_ => l["Portal:EmailCharacters"])
            .Named(l, "Portal:Email");
        RuleFor(x => x.Password).NotEmpty().Named(l, "Portal:Password");
        RuleFor(x => x.AcceptTerms).Equal(true).WithMessage(_ => l["Portal:TermsNotAccepted"]).Named(l, "Portal:AcceptTerms");
        RuleFor(x => x.ChallengeToken).NotEmpty().Named(l, "Portal:Challenge");
        RuleFor(x => x.ChallengeAnswer).NotEmpty().MaximumLength(PortalConsts.MaxChallengeAnswerLength).Named(l, "Portal:Challenge");
    }
}

public sealed class ConfirmEmailValidator : AbstractValidator<ConfirmEmailDto>
{
    public ConfirmEmailValidator(IStringLocalizer<IncubationResource> l)
    {
        RuleFor(x => x.UserId).NotEmpty().Named(l, "Portal:Link");
        RuleFor(x => x.Token).NotEmpty().MaximumLength(2000).Named(l, "Portal:Link");
    }
}

public sealed class SetPasswordValidator : AbstractValidator<SetPasswordDto>
{
    public SetPasswordValidator(IStringLocalizer<IncubationResource> l)
    {
        RuleFor(x => x.UserId).NotEmpty().Named(l, "Portal:Link");
        RuleFor(x => x.Token).NotEmpty().MaximumLength(2000).Named(l, "Portal:Link");
        RuleFor(x => x.Password).NotEmpty().Named(l, "Portal:Password");
    }
}

public sealed class GetRegistrationsValidator : AbstractValidator<GetRegistrationsInput>
{
    public GetRegistrationsValidator(IStringLocalizer<IncubationResource> l)
    {
        Include(new PagingValidator<GetRegistrationsInput>(l));
        RuleFor(x => x.Status).IsInEnum().Named(l, "Portal:Status");
        RuleFor(x => x.Filter).MaximumLength(EnterpriseConsts.MaxNameLength).Named(l, "Portal:Filter");
    }
}

public sealed class GetProfileChangesValidator : AbstractValidator<GetProfileChangesInput>
{
    public GetProfileChangesValidator(IStringLocalizer<IncubationResource> l)
    {
        Include(new PagingValidator<GetProfileChangesInput>(l));
        RuleFor(x => x.Status).IsInEnum().Named(l, "Portal:Status");
    }
}

public sealed class ApproveReviewValidator : AbstractValidator<ApproveReviewDto>
{
    public ApproveReviewValidator(IStringLocalizer<IncubationResource> l) =>
        RuleFor(x => x.ConcurrencyStamp).NotEmpty().Named(l, "Portal:ConcurrencyStamp");
}

public sealed class RejectReviewValidator : AbstractValidator<RejectReviewDto>
{
    public RejectReviewValidator(IStringLocalizer<IncubationResource> l)
    {
        RuleFor(x => x.Reason).NotEmpty().MaximumLength(PortalConsts.MaxReasonLength).Named(l, "Portal:RejectionReason");
        RuleFor(x => x.ConcurrencyStamp).NotEmpty().Named(l, "Portal:ConcurrencyStamp");
    }
}

public sealed class InviteColleagueValidator : AbstractValidator<InviteColleagueDto>
{
    public InviteColleagueValidator(IStringLocalizer<IncubationResource> l, IOptions<IdentityOptions> identity)
    {
        RuleFor(x => x.DisplayName).NotEmpty().MaximumLength(PortalConsts.MaxContactNameLength).Named(l, "Portal:ContactName");
        RuleFor(x => x.Email).NotEmpty().MaximumLength(PortalConsts.MaxEmailLength).EmailAddress()
            .Must(email => AccountNames.Accept(email, identity.Value)).WithMessage(_ => l["Portal:EmailCharacters"])
            .Named(l, "Portal:Email");
        RuleFor(x => x.PhoneNumber).MaximumLength(PortalConsts.MaxPhoneLength)
            .Must(phone => string.IsNullOrWhiteSpace(phone) || Regex.IsMatch(PhoneNumbers.Normalize(phone), PortalConsts.MobilePattern))
            .WithMessage(_ => l["Portal:PhoneMalformed"])
            .Named(l, "Portal:PhoneNumber");
    }
}

/// <summary>
/// Portal accounts are named by their email address, so an address must also pass Identity's account-name rules
/// (e.g. no apostrophe): checked with the form's other fields rather than failing later on another field.
/// </summary>
public static class AccountNames
{
    public static bool Accept(string? email, IdentityOptions options)
    {
        var allowed = options.User.AllowedUserNameCharacters;
        return string.IsNullOrEmpty(allowed) || (email ?? string.Empty).Trim().All(allowed.Contains);
    }
}

/// <summary>Mobile numbers as typed (spaces, dashes, +86) reduced to their 11 digits.</summary>
public static class PhoneNumbers
{
    public static string Normalize(string? phone)
    {
        var digits = new string((phone ?? string.Empty).Where(char.IsAsciiDigit).ToArray());
        return digits.Length == 13 && digits.StartsWith("86", StringComparison.Ordinal) ? digits[2..] : digits;
    }
}
