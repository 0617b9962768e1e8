using FluentValidation;
using Incubation.Data;
using Incubation.Enterprises;
using Incubation.Localization;
using Incubation.Lookups;
using Incubation.Validation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Incubation.Platforms;

/// <summary>
/// A platform: a name, known kind/level/status, exactly one host (an enterprise the caller sees, or an institution),
/// an existing sub-district, an approval day not in the future; once revoked or closed, the day it ended — not
/// before its approval, not in the future.
/// </summary>
public abstract class InnovationPlatformInputValidator<T> : AbstractValidator<T>
    where T : CreateUpdateInnovationPlatformDtoBase
{
    protected InnovationPlatformInputValidator(
        IStringLocalizer<IncubationResource> l, IRepository<SubDistrict> subDistricts, IEnterpriseRepository enterprises, TimeProvider clock)
    {
        RuleFor(x => x.Name).NotEmpty().MaximumLength(PlatformConsts.MaxNameLength).Named(l, "Platforms:Name");
        RuleFor(x => x.Kind).IsInEnum().Named(l, "Platforms:Kind");
        RuleFor(x => x.Level).IsInEnum().Named(l, "Platforms:Level");
        RuleFor(x => x.Status).IsInEnum().Named(l, "Platforms:Status");

        RuleFor(x => x.HostEnterpriseId).Cascade(CascadeMode.Stop)
            .Must((x, id) => id is not null || !string.IsNullOrWhiteSpace(x.HostInstitution))
            .WithMessage(_ => l["Platforms:HostRequired"])
            .Must((x, id) => id is null || string.IsNullOrWhiteSpace(x.HostInstitution))
            .WithMessage(_ => l["Platforms:HostEitherOr"])
            .MustAsync((id, ct) => id is not { } hostId ? Task.FromResult(true) : enterprises.Query().AnyAsync(e => e.Id == hostId, ct))
            .WithMessage(_ => l["Platforms:UnknownEnterprise"])
            .Named(l, "Platforms:HostEnterprise");
        RuleFor(x => x.HostInstitution).MaximumLength(PlatformConsts.MaxHostInstitutionLength).Named(l, "Platforms:HostInstitution");

        RuleFor(x => x.SubDistrictCode).Cascade(CascadeMode.Stop).NotEmpty()
            .MustAsync((code, ct) => subDistricts.Query().AnyAsync(s => s.Code == code, ct))
            .WithMessage(_ => l["Incubation:UnknownSubDistrict"])
            .Named(l, "Platforms:SubDistrict");
        RuleFor(x => x.ApprovalNumber).MaximumLength(PlatformConsts.MaxApprovalNumberLength).Named(l, "Platforms:ApprovalNumber");

        RuleFor(x => x.ApprovedOn).Cascade(CascadeMode.Stop)
            .Must(d => d.Year >= PlatformConsts.MinApprovalYear)
            .WithMessage(_ => l["Platforms:DateTooEarly", PlatformConsts.MinApprovalYear])
            .Must(d => d <= ChinaTime.Today(clock))
            .WithMessage(_ => l["Platforms:DateInFuture"])
            .Named(l, "Platforms:ApprovedOn");

        RuleFor(x => x.EndedOn).Cascade(CascadeMode.Stop)
            .NotNull()
            .Must((x, d) => d >= x.ApprovedOn)
            .WithMessage(_ => l["Platforms:EndedBeforeApproved"])
            .Must(d => d <= ChinaTime.Today(clock))
            .WithMessage(_ => l["Platforms:DateInFuture"])
            .When(x => x.Status != PlatformStatus.Active)
            .Named(l, "Platforms:EndedOn");

        RuleFor(x => x.Note).MaximumLength(PlatformConsts.MaxNoteLength).Named(l, "Platforms:Note");
    }
}

public sealed class CreateInnovationPlatformDtoValidator(
    IStringLocalizer<IncubationResource> l, IRepository<SubDistrict> s, IEnterpriseRepository e, TimeProvider c)
    : InnovationPlatformInputValidator<CreateInnovationPlatformDto>(l, s, e, c);

public sealed class UpdateInnovationPlatformDtoValidator : InnovationPlatformInputValidator<UpdateInnovationPlatformDto>
{
    public UpdateInnovationPlatformDtoValidator(
        IStringLocalizer<IncubationResource> l, IRepository<SubDistrict> s, IEnterpriseRepository e, TimeProvider c)
        : base(l, s, e, c)
    {
        RuleFor(x => x.ConcurrencyStamp).NotEmpty().Named(l, "Platforms:ConcurrencyStamp");
    }
}

public sealed class GetInnovationPlatformListInputValidator : AbstractValidator<GetInnovationPlatformListInput>
{
    public GetInnovationPlatformListInputValidator(IStringLocalizer<IncubationResource> l)
    {
        Include(new PagingValidator<GetInnovationPlatformListInput>(l));
        RuleFor(x => x.Sorting).Must(PlatformSorting.IsKnown)
            .WithMessage(_ => l["Incubation:UnknownSorting", string.Join(", ", PlatformSorting.Keys)]).Named(l, "Paging:Sorting");
        RuleFor(x => x.Kind).IsInEnum().Named(l, "Platforms:Kind");
        RuleFor(x => x.Level).IsInEnum().Named(l, "Platforms:Level");
        RuleFor(x => x.Status).IsInEnum().Named(l, "Platforms:Status");
        RuleFor(x => x.SubDistrictCode).MaximumLength(EnterpriseConsts.SubDistrictCodeLength).Named(l, "Platforms:SubDistrict");
        RuleFor(x => x.Filter).MaximumLength(PlatformConsts.MaxNameLength).Named(l, "Paging:Filter");
    }
}
