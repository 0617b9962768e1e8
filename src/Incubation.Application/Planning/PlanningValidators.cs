using FluentValidation;
using Incubation.Dtos;
using Incubation.Localization;
using Incubation.Validation;
using Microsoft.Extensions.Localization;

namespace Incubation.Planning;

public sealed class GetDashboardInputValidator : AbstractValidator<GetDashboardInput>
{
    public GetDashboardInputValidator(IStringLocalizer<IncubationResource> l) => Include(new AsOfRule<GetDashboardInput>(l));
}

public sealed class GetBreakdownInputValidator : AbstractValidator<GetBreakdownInput>
{
    public GetBreakdownInputValidator(IStringLocalizer<IncubationResource> l)
    {
        Include(new AsOfRule<GetBreakdownInput>(l));
        RuleFor(x => x.Indicator).IsInEnum().Named(l, "Planning:Indicator");
        RuleFor(x => x.By).IsInEnum().Named(l, "Planning:By");
    }
}

public sealed class GetContributorsInputValidator : AbstractValidator<GetContributorsInput>
{
    public GetContributorsInputValidator(IStringLocalizer<IncubationResource> l)
    {
        Include(new PagingValidator<GetContributorsInput>(l));
        RuleFor(x => x.Indicator).IsInEnum().Named(l, "Planning:Indicator");
        RuleFor(x => x.AsOf)
            .Must(d => d is null || d.Value.Year is >= PlanningConsts.MinYear and <= PlanningConsts.MaxYear)
            .WithMessage(_ => l["Planning:YearOutOfRange", PlanningConsts.MinYear, PlanningConsts.MaxYear])
            .Named(l, "Planning:AsOf");
    }
}

/// <summary>A target: years in range, the baseline given whole (year and value) or not at all, the target after it.</summary>
public sealed class UpdateTargetDtoValidator : AbstractValidator<UpdateTargetDto>
{
    public UpdateTargetDtoValidator(IStringLocalizer<IncubationResource> l)
    {
        RuleFor(x => x.TargetYear).InclusiveBetween(PlanningConsts.MinYear, PlanningConsts.MaxYear).Named(l, "Planning:TargetYear");
        RuleFor(x => x.TargetValue).GreaterThan(0).LessThan(YearlyLimit).Named(l, "Planning:TargetValue");
        RuleFor(x => x.BaselineYear)
            .InclusiveBetween(PlanningConsts.MinYear, PlanningConsts.MaxYear)
            .LessThan(x => x.TargetYear).WithMessage(_ => l["Planning:BaselineAfterTarget"])
            .When(x => x.BaselineYear is not null)
            .Named(l, "Planning:BaselineYear");
        RuleFor(x => x.BaselineYear).NotNull().When(x => x.BaselineValue is not null).Named(l, "Planning:BaselineYear");
        RuleFor(x => x.BaselineValue).NotNull().When(x => x.BaselineYear is not null).Named(l, "Planning:BaselineValue");
        RuleFor(x => x.BaselineValue).GreaterThanOrEqualTo(0).LessThan(YearlyLimit).When(x => x.BaselineValue is not null).Named(l, "Planning:BaselineValue");
        RuleFor(x => x.Note).MaximumLength(PlanningConsts.MaxNoteLength).Named(l, "Planning:Note");
        RuleFor(x => x.ConcurrencyStamp).NotEmpty().Named(l, "Planning:ConcurrencyStamp");
    }

    private static decimal YearlyLimit => Enterprises.YearlyDataConsts.MaxAmount;
}

/// <summary>The day to compute for, when given, lies in the years the registry keeps.</summary>
internal sealed class AsOfRule<T> : AbstractValidator<T>
    where T : GetDashboardInput
{
    public AsOfRule(IStringLocalizer<IncubationResource> l) =>
        RuleFor(x => x.AsOf)
            .Must(d => d is null || d.Value.Year is >= PlanningConsts.MinYear and <= PlanningConsts.MaxYear)
            .WithMessage(_ => l["Planning:YearOutOfRange", PlanningConsts.MinYear, PlanningConsts.MaxYear])
            .Named(l, "Planning:AsOf");
}
