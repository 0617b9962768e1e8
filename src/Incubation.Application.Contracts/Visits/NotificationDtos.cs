using Incubation.Dtos;

namespace Incubation.Visits;

public sealed record NotificationDto(
    Guid Id,
    NotificationKind Kind,
    string Text,
    string Subject,
    Guid? NeedId,
    DateOnly? DueDate,
    DateTime CreatedAt,
    bool IsRead);

public sealed record UnreadCountDto(int Count);

public class GetNotificationListInput : PagedAndSortedResultRequestDto
{
    public bool? UnreadOnly { get; set; }
}

/// <summary>What one run of the reminder job did (for the log and the tests).</summary>
public sealed record NeedReminderRunResult(DateOnly Today, int NeedsScanned, int NotificationsCreated, int EmailsSent);
