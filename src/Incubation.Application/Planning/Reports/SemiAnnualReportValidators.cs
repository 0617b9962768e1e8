using FluentValidation;
using Incubation.Localization;
using Incubation.Validation;
using Microsoft.Extensions.Localization;

namespace Incubation.Planning.Reports;

public sealed class GetSemiAnnualReportInputValidator : AbstractValidator<GetSemiAnnualReportInput>
{
    public GetSemiAnnualReportInputValidator(IStringLocalizer<IncubationResource> l, TimeProvider clock)
    {
        RuleFor(x => x.Year).InclusiveBetween(PlanningConsts.MinYear, PlanningConsts.MaxYear).Named(l, "Reports:Year");
        RuleFor(x => x.Half).InclusiveBetween(1, 2)
            .Must((x, half) => HalfYearRules.HasBegun(x.Year, half, clock)).WithMessage(_ => l["Reports:PeriodNotStarted"])
            .Named(l, "Reports:Half");
    }
}

public sealed class IssueSemiAnnualReportDtoValidator : AbstractValidator<IssueSemiAnnualReportDto>
{
    public IssueSemiAnnualReportDtoValidator(IStringLocalizer<IncubationResource> l)
    {
        // Whether the half-year has ended is a business rule (422), checked by the service.
        RuleFor(x => x.Year).InclusiveBetween(PlanningConsts.MinYear, PlanningConsts.MaxYear).Named(l, "Reports:Year");
        RuleFor(x => x.Half).InclusiveBetween(1, 2).Named(l, "Reports:Half");
    }
}
