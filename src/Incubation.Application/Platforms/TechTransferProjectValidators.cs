using FluentValidation;
using Incubation.Enterprises;
using Incubation.Localization;
using Incubation.Planning;
using Incubation.Validation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Incubation.Platforms;

/// <summary>
/// A project: a year from <see cref="PlatformConsts.MinProjectYear"/> to next year, an enterprise the caller sees, a
/// title, an amount in yuan (fen at most) within a sane ceiling; once funded or completed, the day it was funded —
/// within its year and not in the future.
/// </summary>
public abstract class TechTransferProjectInputValidator<T> : AbstractValidator<T>
    where T : CreateUpdateTechTransferProjectDtoBase
{
    protected TechTransferProjectInputValidator(IStringLocalizer<IncubationResource> l, IEnterpriseRepository enterprises, TimeProvider clock)
    {
        RuleFor(x => x.Year)
            .Must(y => y >= PlatformConsts.MinProjectYear && y <= ChinaTime.Today(clock).Year + 1)
            .WithMessage(_ => l["Platforms:YearOutOfRange", PlatformConsts.MinProjectYear, ChinaTime.Today(clock).Year + 1])
            .Named(l, "Platforms:Year");
        RuleFor(x => x.EnterpriseId).Cascade(CascadeMode.Stop).NotEmpty()
            .MustAsync((id, ct) => enterprises.Query().AnyAsync(e => e.Id == id, ct))
            .WithMessage(_ => l["Platforms:UnknownEnterprise"])
            .Named(l, "Platforms:Enterprise");
        RuleFor(x => x.Title).NotEmpty().MaximumLength(PlatformConsts.MaxNameLength).Named(l, "Platforms:ProjectTitle");
        RuleFor(x => x.AmountFunded)
            .InclusiveBetween(0, PlatformConsts.MaxAmount)
            .PrecisionScale(PlanningConsts.ValuePrecision, PlanningConsts.ValueScale, ignoreTrailingZeros: true)
            .Named(l, "Platforms:AmountFunded");
        RuleFor(x => x.Status).IsInEnum().Named(l, "Platforms:ProjectStatus");
        RuleFor(x => x.FundedOn).Cascade(CascadeMode.Stop)
            .NotNull()
            .When(x => x.Status is TechTransferStatus.Funded or TechTransferStatus.Completed)
            .Must((x, d) => d is null || d.Value.Year == x.Year)
            .WithMessage(_ => l["Platforms:FundedOnOutsideYear"])
            .Must(d => d is null || d <= ChinaTime.Today(clock))
            .WithMessage(_ => l["Platforms:DateInFuture"])
            .Named(l, "Platforms:FundedOn");
        RuleFor(x => x.Note).MaximumLength(PlatformConsts.MaxNoteLength).Named(l, "Platforms:Note");
    }
}

public sealed class CreateTechTransferProjectDtoValidator(IStringLocalizer<IncubationResource> l, IEnterpriseRepository e, TimeProvider c)
    : TechTransferProjectInputValidator<CreateTechTransferProjectDto>(l, e, c);

public sealed class UpdateTechTransferProjectDtoValidator : TechTransferProjectInputValidator<UpdateTechTransferProjectDto>
{
    public UpdateTechTransferProjectDtoValidator(IStringLocalizer<IncubationResource> l, IEnterpriseRepository e, TimeProvider c)
        : base(l, e, c)
    {
        RuleFor(x => x.ConcurrencyStamp).NotEmpty().Named(l, "Platforms:ConcurrencyStamp");
    }
}

public sealed class GetTechTransferProjectListInputValidator : AbstractValidator<GetTechTransferProjectListInput>
{
    public GetTechTransferProjectListInputValidator(IStringLocalizer<IncubationResource> l)
    {
        Include(new PagingValidator<GetTechTransferProjectListInput>(l));
        RuleFor(x => x.Sorting).Must(ProjectSorting.IsKnown)
            .WithMessage(_ => l["Incubation:UnknownSorting", string.Join(", ", ProjectSorting.Keys)]).Named(l, "Paging:Sorting");
        RuleFor(x => x.Year).InclusiveBetween(PlanningConsts.MinYear, PlanningConsts.MaxYear).Named(l, "Platforms:Year");
        RuleFor(x => x.Status).IsInEnum().Named(l, "Platforms:ProjectStatus");
        RuleFor(x => x.Filter).MaximumLength(PlatformConsts.MaxNameLength).Named(l, "Paging:Filter");
    }
}
