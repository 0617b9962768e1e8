using FluentValidation;

namespace Incubation.Visits;

/// <summary>The visit and need inputs' validators, injected as one to keep the app services' constructors readable.</summary>
public sealed record VisitValidators(
    IValidator<CreateVisitDto> CreateVisit,
    IValidator<GetVisitListInput> VisitList,
    IValidator<GetNeedListInput> NeedList,
    IValidator<GetNeedBoardInput> Board,
    IValidator<CreateNeedDto> CreateNeed,
    IValidator<NeedActionDto> Action,
    IValidator<HalfYearInput> HalfYear,
    IValidator<IssueReminderLetterDto> IssueLetter,
    IValidator<GetVisitKpiInput> Kpi,
    IValidator<GetNotificationListInput> Notifications);
