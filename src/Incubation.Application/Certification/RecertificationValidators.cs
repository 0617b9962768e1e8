using FluentValidation;
using Incubation.Enterprises;
using Incubation.Localization;
using Incubation.Validation;
using Microsoft.Extensions.Localization;

namespace Incubation.Certification;

public sealed class GetRecertificationListInputValidator : AbstractValidator<GetRecertificationListInput>
{
    public GetRecertificationListInputValidator(IStringLocalizer<IncubationResource> l)
    {
        Include(new PagingValidator<GetRecertificationListInput>(l));
        RuleFor(x => x.Year).InclusiveBetween(YearlyDataConsts.MinFiscalYear, 2100).Named(l, "Recertification:Year");
        RuleFor(x => x.SubDistrictCode).MaximumLength(EnterpriseConsts.SubDistrictCodeLength).Named(l, "Enterprise:SubDistrict");
    }
}
