using FluentValidation;
using Incubation.Dtos;
using Incubation.Identity;
using Incubation.Localization;
using Incubation.Validation;
using Microsoft.Extensions.Localization;

namespace Incubation.Visits;

public sealed class CreateVisitDtoValidator : AbstractValidator<CreateVisitDto>
{
    public CreateVisitDtoValidator(IStringLocalizer<IncubationResource> l, TimeProvider clock)
    {
        RuleFor(x => x.ClientRequestId).NotEmpty().Named(l, "Visit:ClientRequestId");
        RuleFor(x => x.EnterpriseId).NotEmpty().Named(l, "Visit:Enterprise");
        RuleFor(x => x.VisitDate).NotEmpty()
            .Must(d => d <= ChinaTime.Today(clock).AddDays(1)).WithMessage(_ => l["Visit:DateInFuture"])
            .Must(d => d.Year >= 2000).WithMessage(_ => l["Visit:DateTooOld"])
            .Named(l, "Visit:Date");
        RuleFor(x => x.Kind).IsInEnum().Named(l, "Visit:Kind");
        RuleFor(x => x.OfficerIds).Must(o => o.Count <= VisitConsts.MaxOfficers).Named(l, "Visit:Officers");
        RuleFor(x => x.Attendees).Must(a => a.Count <= VisitConsts.MaxAttendees).Named(l, "Visit:Attendees");
        RuleForEach(x => x.Attendees).ChildRules(a =>
        {
            a.RuleFor(x => x.Name).NotEmpty().MaximumLength(VisitConsts.MaxPersonNameLength).Named(l, "Visit:AttendeeName");
            a.RuleFor(x => x.Title).MaximumLength(VisitConsts.MaxTitleLength).Named(l, "Visit:AttendeeTitle");
        });
        RuleFor(x => x.PolicyCodes).Must(p => p.Count <= VisitConsts.MaxPolicies).Named(l, "Visit:Policies");
        RuleForEach(x => x.PolicyCodes).NotEmpty().MaximumLength(VisitConsts.MaxPolicyCodeLength).Named(l, "Visit:Policies");
        RuleFor(x => x.Operations).MaximumLength(VisitConsts.MaxSituationLength).Named(l, "Visit:Operations");
        RuleFor(x => x.Innovation).MaximumLength(VisitConsts.MaxSituationLength).Named(l, "Visit:Innovation");
        RuleFor(x => x.Difficulties).MaximumLength(VisitConsts.MaxSituationLength).Named(l, "Visit:Difficulties");
        RuleFor(x => x.Notes).MaximumLength(VisitConsts.MaxNotesLength).Named(l, "Visit:Notes");
        RuleFor(x => x.AttachmentFileIds).Must(a => a.Count <= VisitConsts.MaxAttachments).Named(l, "Visit:Attachments");
        RuleFor(x => x.Needs).Must(n => n.Count <= VisitConsts.MaxNeedsPerVisit).Named(l, "Visit:Needs");
        RuleForEach(x => x.Needs).ChildRules(n =>
        {
            n.RuleFor(x => x.Category).IsInEnum().Named(l, "Need:Category");
            n.RuleFor(x => x.Description).NotEmpty().MaximumLength(NeedConsts.MaxDescriptionLength).Named(l, "Need:Description");
            n.RuleFor(x => x.ResponsibleUnitId).NotEmpty().Named(l, "Need:ResponsibleUnit");
        });
    }
}

public sealed class CreateNeedDtoValidator : AbstractValidator<CreateNeedDto>
{
    public CreateNeedDtoValidator(IStringLocalizer<IncubationResource> l, ICurrentUser currentUser)
    {
        RuleFor(x => x.EnterpriseId).NotEmpty().Named(l, "Visit:Enterprise");
        RuleFor(x => x.Category).IsInEnum().Named(l, "Need:Category");
        RuleFor(x => x.Description).NotEmpty().MaximumLength(NeedConsts.MaxDescriptionLength).Named(l, "Need:Description");
        // Officers route the need themselves; an enterprise may not know which unit handles what, so the bureau does.
        RuleFor(x => x.ResponsibleUnitId).NotEmpty().Unless(_ => currentUser.DataScope.IsEnterpriseStaff()).Named(l, "Need:ResponsibleUnit");
    }
}

/// <summary>Each step asks for what it needs: an answer, a reason, a rating, a unit.</summary>
public sealed class NeedActionDtoValidator : AbstractValidator<NeedActionDto>
{
    private static readonly NeedAction[] NeedText =
        [NeedAction.Resolve, NeedAction.Reopen, NeedAction.Transfer, NeedAction.RequestUnresolvable, NeedAction.RejectUnresolvable];

    public NeedActionDtoValidator(IStringLocalizer<IncubationResource> l)
    {
        RuleFor(x => x.Action).IsInEnum().Named(l, "Need:Action");
        RuleFor(x => x.ConcurrencyStamp).NotEmpty().Named(l, "Enterprise:ConcurrencyStamp");
        RuleFor(x => x.Text).NotEmpty().When(x => NeedText.Contains(x.Action)).Named(l, "Need:Text");
        RuleFor(x => x.Text).MaximumLength(NeedConsts.MaxAnswerLength).Named(l, "Need:Text");
        RuleFor(x => x.Rating).NotNull().InclusiveBetween(NeedConsts.MinRating, NeedConsts.MaxRating)
            .When(x => x.Action == NeedAction.Confirm).Named(l, "Need:Rating");
        RuleFor(x => x.UnitId).NotEmpty().When(x => x.Action == NeedAction.Transfer).Named(l, "Need:TransferUnit");
    }
}

public sealed class GetVisitListInputValidator : AbstractValidator<GetVisitListInput>
{
    public GetVisitListInputValidator(IStringLocalizer<IncubationResource> l)
    {
        Include(new PagingValidator<GetVisitListInput>(l));
        RuleFor(x => x.Sorting).Must(VisitSorting.IsKnown).Named(l, "Paging:Sorting");
        RuleFor(x => x.To).GreaterThanOrEqualTo(x => x.From).When(x => x.From is not null && x.To is not null).Named(l, "Visit:To");
        RuleFor(x => x.Kind).IsInEnum().Named(l, "Visit:Kind");
    }
}

public sealed class GetNeedListInputValidator : AbstractValidator<GetNeedListInput>
{
    public GetNeedListInputValidator(IStringLocalizer<IncubationResource> l)
    {
        Include(new PagingValidator<GetNeedListInput>(l));
        RuleFor(x => x.Sorting).Must(NeedSorting.IsKnown).Named(l, "Paging:Sorting");
        RuleFor(x => x.To).GreaterThanOrEqualTo(x => x.From).When(x => x.From is not null && x.To is not null).Named(l, "Visit:To");
        RuleFor(x => x.Category).IsInEnum().Named(l, "Need:Category");
        RuleFor(x => x.Status).IsInEnum().Named(l, "Need:Status");
    }
}

public sealed class GetNeedBoardInputValidator : AbstractValidator<GetNeedBoardInput>
{
    public GetNeedBoardInputValidator(IStringLocalizer<IncubationResource> l) =>
        RuleFor(x => x.PerColumn).InclusiveBetween(1, PagedAndSortedResultRequestDto.MaxMaxResultCount).Named(l, "Paging:MaxResultCount");
}

public sealed class GetNotificationListInputValidator : AbstractValidator<GetNotificationListInput>
{
    public GetNotificationListInputValidator(IStringLocalizer<IncubationResource> l) => Include(new PagingValidator<GetNotificationListInput>(l));
}

public sealed class HalfYearInputValidator : AbstractValidator<HalfYearInput>
{
    public HalfYearInputValidator(IStringLocalizer<IncubationResource> l)
    {
        RuleFor(x => x.Year).InclusiveBetween(2000, 2100).Named(l, "ReminderLetter:Year");
        RuleFor(x => x.Half).InclusiveBetween(1, 2).Named(l, "ReminderLetter:Half");
    }
}

public sealed class IssueReminderLetterDtoValidator : AbstractValidator<IssueReminderLetterDto>
{
    public IssueReminderLetterDtoValidator(IStringLocalizer<IncubationResource> l)
    {
        RuleFor(x => x.ResponsibleUnitId).NotEmpty().Named(l, "Need:ResponsibleUnit");
        RuleFor(x => x.Year).InclusiveBetween(2000, 2100).Named(l, "ReminderLetter:Year");
        RuleFor(x => x.Half).InclusiveBetween(1, 2).Named(l, "ReminderLetter:Half");
    }
}

public sealed class GetVisitKpiInputValidator : AbstractValidator<GetVisitKpiInput>
{
    public GetVisitKpiInputValidator(IStringLocalizer<IncubationResource> l) =>
        RuleFor(x => x.To).GreaterThanOrEqualTo(x => x.From).When(x => x.From is not null && x.To is not null).Named(l, "Visit:To");
}
