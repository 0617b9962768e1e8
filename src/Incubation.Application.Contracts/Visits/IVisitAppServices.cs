using Incubation.Dtos;

namespace Incubation.Visits;

public interface IVisitAppService
{
    Task<PagedResultDto<VisitListItemDto>> GetListAsync(GetVisitListInput input, CancellationToken cancellationToken);
    Task<IReadOnlyList<VisitDto>> GetListForExportAsync(GetVisitListInput input, CancellationToken cancellationToken);
    Task<VisitDto> GetAsync(Guid id, CancellationToken cancellationToken);

    /// <summary>Creates the visit and its needs in one transaction, or answers the visit the same request made.</summary>
    Task<VisitDto> CreateAsync(CreateVisitDto input, CancellationToken cancellationToken);

    Task<IReadOnlyList<PolicyTopicDto>> GetPolicyTopicsAsync(CancellationToken cancellationToken);
    Task<IReadOnlyList<OfficerOptionDto>> GetOfficerOptionsAsync(CancellationToken cancellationToken);
    Task<IReadOnlyList<EnterpriseTimelineItemDto>> GetEnterpriseTimelineAsync(Guid enterpriseId, CancellationToken cancellationToken);
}

public interface INeedAppService
{
    Task<PagedResultDto<NeedListItemDto>> GetListAsync(GetNeedListInput input, CancellationToken cancellationToken);
    Task<IReadOnlyList<NeedListItemDto>> GetListForExportAsync(GetNeedListInput input, CancellationToken cancellationToken);
    Task<IReadOnlyList<NeedBoardColumnDto>> GetBoardAsync(GetNeedBoardInput input, CancellationToken cancellationToken);
    Task<NeedDto> GetAsync(Guid id, CancellationToken cancellationToken);
    Task<NeedDto> CreateAsync(CreateNeedDto input, CancellationToken cancellationToken);
    Task<NeedDto> ActAsync(Guid id, NeedActionDto input, CancellationToken cancellationToken);
}

public interface INotificationAppService
{
    Task<PagedResultDto<NotificationDto>> GetListAsync(GetNotificationListInput input, CancellationToken cancellationToken);
    Task<UnreadCountDto> GetUnreadCountAsync(CancellationToken cancellationToken);
    Task MarkReadAsync(Guid id, CancellationToken cancellationToken);
    Task MarkAllReadAsync(CancellationToken cancellationToken);
}

public interface IReminderLetterAppService
{
    Task<IReadOnlyList<UnitStandingDto>> GetStandingsAsync(HalfYearInput input, CancellationToken cancellationToken);
    Task<IReadOnlyList<ReminderLetterDto>> GetListAsync(HalfYearInput input, CancellationToken cancellationToken);
    Task<ReminderLetterDto> GetAsync(Guid id, CancellationToken cancellationToken);
    Task<ReminderLetterDto> IssueAsync(IssueReminderLetterDto input, CancellationToken cancellationToken);
}

public interface IVisitKpiAppService
{
    Task<VisitKpiDto> GetAsync(GetVisitKpiInput input, CancellationToken cancellationToken);
}
