using FluentValidation;
using Incubation.Enterprises;
using Incubation.Localization;
using Incubation.Validation;
using Microsoft.Extensions.Localization;

namespace Incubation.Portal;

/// <summary>The registry's own rules (limits, credit code, references), so both forms answer alike.</summary>
public sealed class UpdatePortalProfileValidator : AbstractValidator<UpdatePortalProfileDto>
{
    public UpdatePortalProfileValidator(IStringLocalizer<IncubationResource> l, IValidator<UpdateEnterpriseDto> registryRules)
    {
        RuleFor(x => x).CustomAsync(async (input, context, cancellationToken) =>
        {
            foreach (var failure in (await registryRules.ValidateAsync(input.ToEnterpriseUpdate(), cancellationToken)).Errors)
            {
                context.AddFailure(failure);
            }
        });
    }
}
