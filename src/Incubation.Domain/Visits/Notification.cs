using Incubation.Entities;

namespace Incubation.Visits;

/// <summary>
/// An in-app notification for one user. Its text is rendered in the reader's language from the kind and the
/// snapshot fields. The dedup key is unique: the reminder job running twice (or on two hosts) writes it once.
/// </summary>
public class Notification : Entity, IAudited
{
    public const int MaxDedupKeyLength = 200;
    public const int MaxSubjectLength = 300;

    private Notification()
    {
    }

    public Notification(Guid recipientUserId, NotificationKind kind, string dedupKey, string subject, Guid? needId, DateOnly? dueDate, DateTime createdAt)
    {
        RecipientUserId = recipientUserId;
        Kind = kind;
        DedupKey = dedupKey;
        Subject = subject;
        NeedId = needId;
        DueDate = dueDate;
        CreatedAt = createdAt;
    }

    public Guid RecipientUserId { get; private set; }
    public NotificationKind Kind { get; private set; }
    public string DedupKey { get; private set; } = string.Empty;

    /// <summary>What it is about (an enterprise's name, a letter's number), shown after the localised text.</summary>
    public string Subject { get; private set; } = string.Empty;

    public Guid? NeedId { get; private set; }
    public DateOnly? DueDate { get; private set; }
    public DateTime CreatedAt { get; private set; }
    public DateTime? ReadAt { get; private set; }

    public void MarkRead(DateTime now) => ReadAt ??= now;

    public static string KeyFor(NotificationKind kind, Guid recipient, Guid subjectId, string occasion) =>
        $"{kind}:{subjectId:N}:{recipient:N}:{occasion}";
}
