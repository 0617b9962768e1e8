using Incubation.Dtos;

namespace Incubation.Visits;

public sealed record NeedListItemDto(
    Guid Id,
    Guid EnterpriseId,
    string EnterpriseName,
    Guid? VisitId,
    NeedCategory Category,
    string Description,
    bool IsBottleneck,
    Guid ResponsibleUnitId,
    string ResponsibleUnitName,
    NeedStatus Status,
    DateOnly RaisedOn,
    DateOnly DueDate,
    bool IsOverdue,
    int RedoCount,
    int? Satisfaction,
    string ConcurrencyStamp);

public sealed record NeedEventDto(
    NeedEventKind Kind,
    NeedStatus Status,
    DateTime Time,
    string? UserName,
    string? Note,
    int? Rating,
    string ResponsibleUnitName,
    string? FromUnitName,
    DateOnly DueDate);

public sealed record NeedDto(
    Guid Id,
    Guid EnterpriseId,
    string EnterpriseName,
    Guid? VisitId,
    NeedSource Source,
    NeedCategory Category,
    string Description,
    bool IsBottleneck,
    Guid ResponsibleUnitId,
    string ResponsibleUnitName,
    NeedStatus Status,
    DateOnly RaisedOn,
    DateOnly DueDate,
    bool IsOverdue,
    string? Answer,
    int? Satisfaction,
    int RedoCount,
    string? UnresolvableExplanation,
    DateTime? ClosedAt,
    string ConcurrencyStamp,
    IReadOnlyList<NeedAction> AllowedActions,
    IReadOnlyList<NeedEventDto> Events);

public class GetNeedListInput : PagedAndSortedResultRequestDto
{
    public DateOnly? From { get; set; }
    public DateOnly? To { get; set; }
    public string? SubDistrictCode { get; set; }
    public Guid? OfficerId { get; set; }
    public Guid? ResponsibleUnitId { get; set; }
    public Guid? EnterpriseId { get; set; }
    public NeedCategory? Category { get; set; }
    public NeedStatus? Status { get; set; }
    public bool? OverdueOnly { get; set; }

    /// <summary>Only needs an unsatisfied enterprise sent back at least once (the bureau watches these).</summary>
    public bool? ReturnedOnly { get; set; }

    public string? Filter { get; set; }
}

public sealed class CreateNeedDto
{
    public Guid EnterpriseId { get; set; }
    public NeedCategory Category { get; set; }
    public string Description { get; set; } = string.Empty;
    public bool IsBottleneck { get; set; }

    /// <summary>Required of officers; an enterprise's own staff may leave it empty for the bureau to route.</summary>
    public Guid? ResponsibleUnitId { get; set; }
}

/// <summary>One step on a need; which fields count depends on the action (validated per action).</summary>
public sealed class NeedActionDto
{
    public NeedAction Action { get; set; }
    public string ConcurrencyStamp { get; set; } = string.Empty;

    /// <summary>The answer (Resolve), the reason (Reopen, Transfer, RejectUnresolvable), the explanation
    /// (RequestUnresolvable) or an optional note/comment (the others).</summary>
    public string? Text { get; set; }

    /// <summary>1–5 satisfaction (Confirm).</summary>
    public int? Rating { get; set; }

    /// <summary>The unit to hand the need to (Transfer).</summary>
    public Guid? UnitId { get; set; }
}

public sealed record NeedBoardColumnDto(NeedStatus Status, long Total, IReadOnlyList<NeedListItemDto> Items);

public sealed class GetNeedBoardInput
{
    public Guid? ResponsibleUnitId { get; set; }

    /// <summary>Cards per column (the board shows the most urgent first).</summary>
    public int PerColumn { get; set; } = 30;
}

public sealed record EnterpriseTimelineItemDto(
    DateTime Time,
    DateOnly Date,
    Guid? VisitId,
    VisitKind? VisitKind,
    IReadOnlyList<string>? Officers,
    Guid? NeedId,
    NeedCategory? NeedCategory,
    NeedEventKind? NeedEventKind,
    string? Text);
