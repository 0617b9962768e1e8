using FluentValidation;
using Incubation.Enterprises;
using Incubation.Localization;
using Incubation.Validation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Incubation.Planning.Benefits;

/// <summary>The ledger's input validators, injected as one.</summary>
public sealed record BenefitValidators(
    IValidator<GetBenefitGrantListInput> List,
    IValidator<CreateBenefitGrantDto> Create,
    IValidator<UpdateBenefitGrantDto> Update);

/// <summary>
/// A grant: a known policy, an amount in yuan (fen at most) from zero to a sane ceiling, a grant day from
/// <see cref="BenefitConsts.MinYear"/> and not in the future, limited batch and note.
/// </summary>
public abstract class BenefitGrantInputValidator<T> : AbstractValidator<T>
    where T : CreateUpdateBenefitGrantDtoBase
{
    protected BenefitGrantInputValidator(IStringLocalizer<IncubationResource> l, TimeProvider clock)
    {
        RuleFor(x => x.Policy).IsInEnum().Named(l, "Benefits:Policy");
        RuleFor(x => x.Batch).MaximumLength(PlanningConsts.MaxBatchLength).Named(l, "Benefits:Batch");
        RuleFor(x => x.Amount)
            .InclusiveBetween(0, BenefitConsts.MaxAmount)
            .PrecisionScale(PlanningConsts.ValuePrecision, PlanningConsts.ValueScale, ignoreTrailingZeros: true)
            .Named(l, "Benefits:Amount");
        RuleFor(x => x.GrantedOn).Cascade(CascadeMode.Stop)
            .Must(d => d.Year >= BenefitConsts.MinYear)
            .WithMessage(_ => l["Benefits:DateTooEarly", BenefitConsts.MinYear])
            .Must(d => d <= ChinaTime.Today(clock))
            .WithMessage(_ => l["Benefits:DateInFuture"])
            .Named(l, "Benefits:GrantedOn");
        RuleFor(x => x.Note).MaximumLength(PlanningConsts.MaxNoteLength).Named(l, "Benefits:Note");
    }
}

public sealed class CreateBenefitGrantDtoValidator : BenefitGrantInputValidator<CreateBenefitGrantDto>
{
    public CreateBenefitGrantDtoValidator(IStringLocalizer<IncubationResource> l, IEnterpriseRepository enterprises, TimeProvider clock)
        : base(l, clock)
    {
        // The enterprise must be one the caller sees (the repository's query is the scope-filtered one).
        RuleFor(x => x.EnterpriseId).Cascade(CascadeMode.Stop).NotEmpty()
            .MustAsync((id, ct) => enterprises.Query().AnyAsync(e => e.Id == id, ct))
            .WithMessage(_ => l["Benefits:UnknownEnterprise"])
            .Named(l, "Benefits:Enterprise");
    }
}

public sealed class UpdateBenefitGrantDtoValidator : BenefitGrantInputValidator<UpdateBenefitGrantDto>
{
    public UpdateBenefitGrantDtoValidator(IStringLocalizer<IncubationResource> l, TimeProvider clock) : base(l, clock)
    {
        RuleFor(x => x.ConcurrencyStamp).NotEmpty().Named(l, "Benefits:ConcurrencyStamp");
    }
}

public sealed class GetBenefitGrantListInputValidator : AbstractValidator<GetBenefitGrantListInput>
{
    public GetBenefitGrantListInputValidator(IStringLocalizer<IncubationResource> l)
    {
        Include(new PagingValidator<GetBenefitGrantListInput>(l));
        RuleFor(x => x.Sorting).Must(BenefitSorting.IsKnown)
            .WithMessage(_ => l["Incubation:UnknownSorting", string.Join(", ", BenefitSorting.Keys)]).Named(l, "Paging:Sorting");
        RuleFor(x => x.Policy).IsInEnum().Named(l, "Benefits:Policy");
        RuleFor(x => x.Year).InclusiveBetween(BenefitConsts.MinYear, PlanningConsts.MaxYear).Named(l, "Benefits:Year");
        RuleFor(x => x.Filter).MaximumLength(EnterpriseConsts.MaxNameLength).Named(l, "Paging:Filter");
    }
}
