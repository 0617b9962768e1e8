using FluentValidation;
using Incubation.Dtos;
using Incubation.Localization;
using Incubation.Validation;
using Microsoft.Extensions.Localization;

namespace Incubation.Cultivation;

public sealed class CreateProposalDtoValidator : AbstractValidator<CreateProposalDto>
{
    public CreateProposalDtoValidator(IStringLocalizer<IncubationResource> l)
    {
        RuleFor(x => x.EnterpriseId).NotEmpty().Named(l, "Cultivation:EnterpriseId");
        RuleFor(x => x.Reason).NotEmpty().MaximumLength(CultivationConsts.MaxReasonLength).Named(l, "Cultivation:Reason");
        RuleFor(x => x.Evidence).MaximumLength(CultivationConsts.MaxEvidenceLength).Named(l, "Cultivation:Evidence");
    }
}

public sealed class AdmitMembershipDtoValidator : AbstractValidator<AdmitMembershipDto>
{
    public AdmitMembershipDtoValidator(IStringLocalizer<IncubationResource> l)
    {
        RuleFor(x => x.ConcurrencyStamp).NotEmpty().Named(l, "Enterprise:ConcurrencyStamp");
        RuleFor(x => x.Note).MaximumLength(CultivationConsts.MaxNoteLength).Named(l, "Cultivation:Note");
    }
}

public sealed class RejectMembershipDtoValidator : AbstractValidator<RejectMembershipDto>
{
    public RejectMembershipDtoValidator(IStringLocalizer<IncubationResource> l)
    {
        RuleFor(x => x.ConcurrencyStamp).NotEmpty().Named(l, "Enterprise:ConcurrencyStamp");
        RuleFor(x => x.Reason).NotEmpty().MaximumLength(CultivationConsts.MaxReasonLength).Named(l, "Cultivation:RejectionReason");
    }
}

public sealed class MoveMembershipDtoValidator : AbstractValidator<MoveMembershipDto>
{
    public MoveMembershipDtoValidator(IStringLocalizer<IncubationResource> l)
    {
        RuleFor(x => x.ConcurrencyStamp).NotEmpty().Named(l, "Enterprise:ConcurrencyStamp");
        RuleFor(x => x.Stage).IsInEnum().Named(l, "Cultivation:Stage");
        RuleFor(x => x.Note).MaximumLength(CultivationConsts.MaxNoteLength).Named(l, "Cultivation:Note");
    }
}

public sealed class ExitMembershipDtoValidator : AbstractValidator<ExitMembershipDto>
{
    public ExitMembershipDtoValidator(IStringLocalizer<IncubationResource> l)
    {
        RuleFor(x => x.ConcurrencyStamp).NotEmpty().Named(l, "Enterprise:ConcurrencyStamp");
        RuleFor(x => x.Reason).IsInEnum().Named(l, "Cultivation:ExitReason");
        RuleFor(x => x.Note).MaximumLength(CultivationConsts.MaxNoteLength).Named(l, "Cultivation:Note");
    }
}

public sealed class GetPoolInputValidator : AbstractValidator<GetPoolInput>
{
    public GetPoolInputValidator(IStringLocalizer<IncubationResource> l)
    {
        Include(new PagingValidator<GetPoolInput>(l));
        RuleFor(x => x.Sorting).Must(PoolSorting.IsKnown)
            .WithMessage(_ => l["Incubation:UnknownSorting", string.Join(", ", PoolSorting.Keys)]).Named(l, "Paging:Sorting");
        RuleFor(x => x.Filter).MaximumLength(128).Named(l, "Paging:Filter");
        RuleFor(x => x.Stage).IsInEnum().Named(l, "Cultivation:Stage");
        RuleFor(x => x.MinDaysInStage).InclusiveBetween(0, 36500).Named(l, "Cultivation:MinDaysInStage");
    }
}

public sealed class GetProposalsInputValidator : AbstractValidator<GetProposalsInput>
{
    public GetProposalsInputValidator(IStringLocalizer<IncubationResource> l)
    {
        Include(new PagingValidator<GetProposalsInput>(l));
    }
}
