using FluentValidation;
using Incubation.Dtos;
using Incubation.Localization;
using Microsoft.Extensions.Localization;

namespace Incubation.Validation;

/// <summary>The paging rules every list shares.</summary>
internal sealed class PagingValidator<T> : AbstractValidator<T>
    where T : PagedAndSortedResultRequestDto
{
    public PagingValidator(IStringLocalizer<IncubationResource> l)
    {
        RuleFor(x => x.SkipCount).GreaterThanOrEqualTo(0).Named(l, "Paging:SkipCount");
        RuleFor(x => x.MaxResultCount).InclusiveBetween(1, PagedAndSortedResultRequestDto.MaxMaxResultCount).Named(l, "Paging:MaxResultCount");
    }
}
