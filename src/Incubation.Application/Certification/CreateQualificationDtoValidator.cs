using FluentValidation;
using Incubation.Localization;
using Incubation.Validation;
using Microsoft.Extensions.Localization;

namespace Incubation.Certification;

public sealed class CreateQualificationDtoValidator : AbstractValidator<CreateQualificationDto>
{
    public CreateQualificationDtoValidator(IStringLocalizer<IncubationResource> l, TimeProvider clock)
    {
        RuleFor(x => x.Kind).IsInEnum().Named(l, "Qualification:Kind");
        RuleFor(x => x.CertificateNumber).NotEmpty().MaximumLength(QualificationConsts.MaxCertificateNumberLength)
            .Named(l, "Qualification:CertificateNumber");
        RuleFor(x => x.IssuedOn)
            .Must(d => d.Year >= 2000 && d <= ChinaTime.Today(clock))
            .WithMessage(_ => l["Qualification:IssuedInFuture"]).Named(l, "Qualification:IssuedOn");
        RuleFor(x => x.ExpiresOn).Must((input, expires) => expires is null || expires >= input.IssuedOn)
            .WithMessage(_ => l["Qualification:ExpiresBeforeIssued"]).Named(l, "Qualification:ExpiresOn");
        RuleFor(x => x.Source).MaximumLength(QualificationConsts.MaxSourceLength).Named(l, "Qualification:Source");
        RuleFor(x => x.Level).IsInEnum().Named(l, "Qualification:Level");
        RuleFor(x => x.IssuingBody).MaximumLength(QualificationConsts.MaxIssuingBodyLength).Named(l, "Qualification:IssuingBody");
        RuleFor(x => x.DocumentFileIds).Must(ids => ids is null || ids.Count <= QualificationConsts.MaxDocuments)
            .WithMessage(_ => l["Qualification:TooManyDocuments", QualificationConsts.MaxDocuments]).Named(l, "Qualification:Documents");
    }
}
