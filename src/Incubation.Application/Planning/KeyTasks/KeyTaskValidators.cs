using FluentValidation;
using Incubation.Localization;
using Incubation.Planning.Reports;
using Incubation.Validation;
using Microsoft.Extensions.Localization;

namespace Incubation.Planning.KeyTasks;

public sealed class UpdateKeyTaskDtoValidator : AbstractValidator<UpdateKeyTaskDto>
{
    public UpdateKeyTaskDtoValidator(IStringLocalizer<IncubationResource> l)
    {
        RuleFor(x => x.Section).NotEmpty().MaximumLength(PlanningConsts.MaxSectionLength).Named(l, "KeyTasks:Section");
        RuleFor(x => x.Title).NotEmpty().MaximumLength(PlanningConsts.MaxTaskTitleLength).Named(l, "KeyTasks:Title");
        RuleFor(x => x.Text).NotEmpty().MaximumLength(PlanningConsts.MaxTaskTextLength).Named(l, "KeyTasks:Text");
        RuleFor(x => x.OtherResponsible).MaximumLength(PlanningConsts.MaxOtherUnitsLength).Named(l, "KeyTasks:OtherResponsible");
        RuleFor(x => x.UnitIds).NotNull().Must(ids => ids.Count <= KeyTaskConsts.MaxUnitsPerTask).Named(l, "KeyTasks:Units");
        RuleForEach(x => x.UnitIds).NotEmpty().Named(l, "KeyTasks:Units");
        RuleFor(x => x.ConcurrencyStamp).NotEmpty().Named(l, "KeyTasks:ConcurrencyStamp");
    }
}

public sealed class GetTaskProgressInputValidator : AbstractValidator<GetTaskProgressInput>
{
    public GetTaskProgressInputValidator(IStringLocalizer<IncubationResource> l, TimeProvider clock)
    {
        RuleFor(x => x.Year).InclusiveBetween(PlanningConsts.MinYear, PlanningConsts.MaxYear).Named(l, "Reports:Year");
        RuleFor(x => x.Half).InclusiveBetween(1, 2)
            .Must((x, half) => HalfYearRules.HasBegun(x.Year, half, clock)).WithMessage(_ => l["Reports:PeriodNotStarted"])
            .Named(l, "Reports:Half");
    }
}

public sealed class UpsertTaskProgressDtoValidator : AbstractValidator<UpsertTaskProgressDto>
{
    public UpsertTaskProgressDtoValidator(IStringLocalizer<IncubationResource> l, TimeProvider clock)
    {
        RuleFor(x => x.KeyTaskId).NotEmpty().Named(l, "KeyTasks:Task");
        RuleFor(x => x.ResponsibleUnitId).NotEmpty().Named(l, "KeyTasks:Unit");
        RuleFor(x => x.Year).InclusiveBetween(PlanningConsts.MinYear, PlanningConsts.MaxYear).Named(l, "Reports:Year");
        RuleFor(x => x.Half).InclusiveBetween(1, 2)
            .Must((x, half) => HalfYearRules.HasBegun(x.Year, half, clock)).WithMessage(_ => l["Reports:PeriodNotStarted"])
            .Named(l, "Reports:Half");
        RuleFor(x => x.Text).NotEmpty().MaximumLength(PlanningConsts.MaxProgressLength).Named(l, "KeyTasks:Progress");
    }
}
