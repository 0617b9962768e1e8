using FluentValidation;
using Incubation.Localization;
using Incubation.Validation;
using Microsoft.Extensions.Localization;

namespace Incubation.Certification;

/// <summary>The pipeline's input rules, one validator per input (each registered on its own too).</summary>
public sealed class CertificationApplicationValidators(
    IValidator<GetPipelineInput> pipeline,
    IValidator<CreateApplicationDto> create,
    IValidator<MoveApplicationDto> move,
    IValidator<UpdateEvidenceDto> evidence)
{
    public const int MaxPerColumn = 200;

    public IValidator<GetPipelineInput> Pipeline => pipeline;
    public IValidator<CreateApplicationDto> Create => create;
    public IValidator<MoveApplicationDto> Move => move;
    public IValidator<UpdateEvidenceDto> Evidence => evidence;

    public sealed class PipelineValidator : AbstractValidator<GetPipelineInput>
    {
        public PipelineValidator(IStringLocalizer<IncubationResource> l)
        {
            RuleFor(x => x.Kind).IsInEnum().Named(l, "Application:Kind");
            RuleFor(x => x.Year).InclusiveBetween(ApplicationConsts.MinYear, 2100).Named(l, "Application:Year");
            RuleFor(x => x.MaxPerColumn).InclusiveBetween(1, MaxPerColumn).Named(l, "Application:MaxPerColumn");
        }
    }

    public sealed class CreateValidator : AbstractValidator<CreateApplicationDto>
    {
        public CreateValidator(IStringLocalizer<IncubationResource> l, TimeProvider clock)
        {
            RuleFor(x => x.EnterpriseId).NotEmpty().Named(l, "Application:Enterprise");
            RuleFor(x => x.Kind).IsInEnum().Named(l, "Application:Kind");
            RuleFor(x => x.Year).InclusiveBetween(ApplicationConsts.MinYear, ChinaTime.Today(clock).Year + 1).Named(l, "Application:Year");
            RuleFor(x => x.Note).MaximumLength(ApplicationConsts.MaxNoteLength).Named(l, "Application:Note");
        }
    }

    public sealed class MoveValidator : AbstractValidator<MoveApplicationDto>
    {
        public MoveValidator(IStringLocalizer<IncubationResource> l, TimeProvider clock)
        {
            RuleFor(x => x.Stage).IsInEnum().Named(l, "Application:Stage");
            RuleFor(x => x.ConcurrencyStamp).NotEmpty().Named(l, "YearlyData:ConcurrencyStamp");
            RuleFor(x => x.Note).MaximumLength(ApplicationConsts.MaxNoteLength).Named(l, "Application:Note");
            When(x => x.Stage == ApplicationStage.Approved, () =>
            {
                RuleFor(x => x.CertificateNumber).NotEmpty().MaximumLength(QualificationConsts.MaxCertificateNumberLength)
                    .Named(l, "Application:CertificateNumber");
                RuleFor(x => x.IssuedOn).NotNull().Must(d => d <= ChinaTime.Today(clock)).WithMessage(l["Application:IssuedInFuture"])
                    .Named(l, "Application:IssuedOn");
                RuleFor(x => x.ExpiresOn).Must((x, e) => e is null || x.IssuedOn is null || e >= x.IssuedOn)
                    .WithMessage(l["Eligibility:ExpiresBeforeIssued"]).Named(l, "Application:ExpiresOn");
            });
            RuleFor(x => x.Stage).Must(s => s != ApplicationStage.Rejected && s != ApplicationStage.Withdrawn)
                .When(x => string.IsNullOrWhiteSpace(x.Note)).WithMessage(l["Application:ReasonRequired"]).Named(l, "Application:Note")
                .OverridePropertyName("note");
        }
    }

    public sealed class EvidenceValidator : AbstractValidator<UpdateEvidenceDto>
    {
        public EvidenceValidator(IStringLocalizer<IncubationResource> l)
        {
            RuleFor(x => x.Code).NotEmpty().MaximumLength(ApplicationConsts.MaxEvidenceCodeLength).Named(l, "Application:Evidence");
            RuleFor(x => x.State).IsInEnum().Named(l, "Application:EvidenceState");
            RuleFor(x => x.Note).MaximumLength(ApplicationConsts.MaxNoteLength).Named(l, "Application:Note");
            RuleFor(x => x.ConcurrencyStamp).NotEmpty().Named(l, "YearlyData:ConcurrencyStamp");
        }
    }
}
