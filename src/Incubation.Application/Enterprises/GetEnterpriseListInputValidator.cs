using FluentValidation;
using Incubation.Dtos;
using Incubation.Localization;
using Incubation.Validation;
using Microsoft.Extensions.Localization;

namespace Incubation.Enterprises;

public sealed class GetEnterpriseListInputValidator : AbstractValidator<GetEnterpriseListInput>
{
    public GetEnterpriseListInputValidator(IStringLocalizer<IncubationResource> l)
    {
        Include(new PagingValidator<GetEnterpriseListInput>(l));
        RuleFor(x => x.Sorting).Must(s => EnterpriseSorting.IsKnown(s))
            .WithMessage(_ => l["Incubation:UnknownSorting", string.Join(", ", EnterpriseSorting.Keys)]).Named(l, "Paging:Sorting");
        RuleFor(x => x.Filter).MaximumLength(EnterpriseConsts.MaxNameLength).Named(l, "Paging:Filter");
    }
}
