using FluentValidation;
using Incubation.Data;
using Incubation.Enterprises;
using Incubation.Localization;
using Incubation.Lookups;
using Incubation.Validation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Incubation.Platforms;

/// <summary>An incubator: a name, a known kind (and level if given), an existing sub-district, targets within reason.</summary>
public abstract class IncubatorInputValidator<T> : AbstractValidator<T>
    where T : CreateUpdateIncubatorDtoBase
{
    protected IncubatorInputValidator(IStringLocalizer<IncubationResource> l, IRepository<SubDistrict> subDistricts)
    {
        RuleFor(x => x.Name).NotEmpty().MaximumLength(PlatformConsts.MaxIncubatorNameLength).Named(l, "Platforms:IncubatorName");
        RuleFor(x => x.Kind).IsInEnum().Named(l, "Platforms:IncubatorKind");
        RuleFor(x => x.Level).IsInEnum().Named(l, "Platforms:Level");
        RuleFor(x => x.Operator).MaximumLength(PlatformConsts.MaxOperatorLength).Named(l, "Platforms:Operator");
        RuleFor(x => x.SubDistrictCode).Cascade(CascadeMode.Stop).NotEmpty()
            .MustAsync((code, ct) => subDistricts.Query().AnyAsync(s => s.Code == code, ct))
            .WithMessage(_ => l["Incubation:UnknownSubDistrict"])
            .Named(l, "Platforms:SubDistrict");
        RuleFor(x => x.IncubatedTarget).InclusiveBetween(0, PlatformConsts.MaxTarget).Named(l, "Platforms:IncubatedTarget");
        RuleFor(x => x.HighTechTarget).InclusiveBetween(0, PlatformConsts.MaxTarget).Named(l, "Platforms:HighTechTarget");
    }
}

public sealed class CreateIncubatorDtoValidator(IStringLocalizer<IncubationResource> l, IRepository<SubDistrict> s)
    : IncubatorInputValidator<CreateIncubatorDto>(l, s);

public sealed class UpdateIncubatorDtoValidator : IncubatorInputValidator<UpdateIncubatorDto>
{
    public UpdateIncubatorDtoValidator(IStringLocalizer<IncubationResource> l, IRepository<SubDistrict> s) : base(l, s)
    {
        RuleFor(x => x.ConcurrencyStamp).NotEmpty().Named(l, "Platforms:ConcurrencyStamp");
    }
}

public sealed class GetIncubatorListInputValidator : AbstractValidator<GetIncubatorListInput>
{
    public GetIncubatorListInputValidator(IStringLocalizer<IncubationResource> l)
    {
        Include(new PagingValidator<GetIncubatorListInput>(l));
        RuleFor(x => x.Sorting).Must(IncubatorSorting.IsKnown)
            .WithMessage(_ => l["Incubation:UnknownSorting", string.Join(", ", IncubatorSorting.Keys)]).Named(l, "Paging:Sorting");
        RuleFor(x => x.Kind).IsInEnum().Named(l, "Platforms:IncubatorKind");
        RuleFor(x => x.SubDistrictCode).MaximumLength(EnterpriseConsts.SubDistrictCodeLength).Named(l, "Platforms:SubDistrict");
        RuleFor(x => x.Filter).MaximumLength(PlatformConsts.MaxIncubatorNameLength).Named(l, "Paging:Filter");
    }
}
