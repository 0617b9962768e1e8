using FluentValidation;
using Incubation.Data;
using Incubation.Incubators;
using Incubation.Localization;
using Incubation.Lookups;
using Incubation.Validation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Incubation.Enterprises;

/// <summary>Rules shared by create and update: limits, the credit code (GB 32100) and existing references.</summary>
public abstract class EnterpriseInputValidator<T> : AbstractValidator<T>
    where T : CreateUpdateEnterpriseDtoBase
{
    protected EnterpriseInputValidator(
        IStringLocalizer<IncubationResource> l,
        IRepository<SubDistrict> subDistricts,
        IRepository<TechField> techFields,
        IRepository<Incubator> incubators,
        TimeProvider clock)
    {
        RuleFor(x => x.Name).NotEmpty().MaximumLength(EnterpriseConsts.MaxNameLength).Named(l, "Enterprise:Name");

        RuleFor(x => x.UnifiedSocialCreditCode)
            .Must(code => UnifiedSocialCreditCode.Check(UnifiedSocialCreditCode.Normalize(code)) != CreditCodeCheckResult.Malformed)
            .WithMessage(_ => l["Enterprise:CreditCodeMalformed"])
            .Must((input, code) => IsAcceptableChecksum(code, input.CreditCodeOverrideReason))
            .WithMessage((_, code) => l["Enterprise:CreditCodeChecksumMismatch", ExpectedCheckCharacter(code)])
            .Named(l, "Enterprise:UnifiedSocialCreditCode");

        RuleFor(x => x.CreditCodeOverrideReason).MaximumLength(EnterpriseConsts.MaxOverrideReasonLength)
            .Named(l, "Enterprise:CreditCodeOverrideReason");
        RuleFor(x => x.LegalRepresentative).MaximumLength(EnterpriseConsts.MaxLegalRepresentativeLength)
            .Named(l, "Enterprise:LegalRepresentative");
        RuleFor(x => x.Address).MaximumLength(EnterpriseConsts.MaxAddressLength).Named(l, "Enterprise:Address");
        RuleFor(x => x.RegisteredCapital).InclusiveBetween(0, EnterpriseConsts.MaxRegisteredCapital)
            .Named(l, "Enterprise:RegisteredCapital");
        RuleFor(x => x.EstablishedOn)
            .Must(date => date is null || (date.Value.Year >= 1949 && date.Value <= DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime)))
            .WithMessage(_ => l["Enterprise:EstablishedOnOutOfRange"])
            .Named(l, "Enterprise:EstablishedOn");

        RuleFor(x => x.SubDistrictCode).NotEmpty()
            .MustAsync((code, ct) => subDistricts.Query().AnyAsync(s => s.Code == code, ct))
            .WithMessage(_ => l["Incubation:UnknownSubDistrict"])
            .Named(l, "Enterprise:SubDistrict");
        RuleFor(x => x.IndustryFieldCode).NotEmpty()
            .MustAsync((code, ct) => techFields.Query().AnyAsync(f => f.Code == code && f.Level == TechField.LeafLevel, ct))
            .WithMessage(_ => l["Incubation:UnknownTechField"])
            .Named(l, "Enterprise:IndustryField");
        RuleFor(x => x.IncubatorId)
            .MustAsync((id, ct) => incubators.Query().AnyAsync(i => i.Id == id, ct))
            .When(x => x.IncubatorId is not null)
            .WithMessage(_ => l["Incubation:UnknownIncubator"])
            .Named(l, "Enterprise:Incubator");

        RuleFor(x => x.Tags).Must(tags => tags.Count <= EnterpriseConsts.MaxTags)
            .WithMessage(_ => l["Enterprise:TooManyTags", EnterpriseConsts.MaxTags]).Named(l, "Enterprise:Tags");
        RuleForEach(x => x.Tags).NotEmpty().MaximumLength(EnterpriseConsts.MaxTagLength).Named(l, "Enterprise:Tags");
        RuleFor(x => x.Contacts).Must(c => c.Count <= EnterpriseConsts.MaxContacts)
            .WithMessage(_ => l["Enterprise:TooManyContacts", EnterpriseConsts.MaxContacts]).Named(l, "Enterprise:Contacts");
        RuleForEach(x => x.Contacts).SetValidator(new EnterpriseContactInputValidator(l));
    }

    private static bool IsAcceptableChecksum(string? code, string? overrideReason) =>
        UnifiedSocialCreditCode.Check(UnifiedSocialCreditCode.Normalize(code)) != CreditCodeCheckResult.ChecksumMismatch
        || !string.IsNullOrWhiteSpace(overrideReason);

    private static char ExpectedCheckCharacter(string? code) =>
        UnifiedSocialCreditCode.ComputeCheckCharacter(UnifiedSocialCreditCode.Normalize(code).AsSpan(0, 17));
}

public sealed class EnterpriseContactInputValidator : AbstractValidator<EnterpriseContactInput>
{
    public EnterpriseContactInputValidator(IStringLocalizer<IncubationResource> l)
    {
        RuleFor(x => x.Name).NotEmpty().MaximumLength(EnterpriseConsts.MaxContactNameLength).Named(l, "Enterprise:ContactName");
        RuleFor(x => x.Title).MaximumLength(EnterpriseConsts.MaxContactTitleLength).Named(l, "Enterprise:ContactTitle");
        RuleFor(x => x.Phone).MaximumLength(EnterpriseConsts.MaxPhoneLength)
            .Matches(@"^[0-9+\-() ]*$").WithMessage(_ => l["Enterprise:PhoneMalformed"])
            .Named(l, "Enterprise:ContactPhone");
        RuleFor(x => x.Email).MaximumLength(EnterpriseConsts.MaxEmailLength).EmailAddress()
            .Named(l, "Enterprise:ContactEmail");
    }
}

public sealed class CreateEnterpriseDtoValidator(
    IStringLocalizer<IncubationResource> l, IRepository<SubDistrict> s, IRepository<TechField> f, IRepository<Incubator> i, TimeProvider c)
    : EnterpriseInputValidator<CreateEnterpriseDto>(l, s, f, i, c);

public sealed class UpdateEnterpriseDtoValidator : EnterpriseInputValidator<UpdateEnterpriseDto>
{
    public UpdateEnterpriseDtoValidator(
        IStringLocalizer<IncubationResource> l, IRepository<SubDistrict> s, IRepository<TechField> f, IRepository<Incubator> i, TimeProvider c)
        : base(l, s, f, i, c)
    {
        RuleFor(x => x.ConcurrencyStamp).NotEmpty().Named(l, "Enterprise:ConcurrencyStamp");
    }
}
