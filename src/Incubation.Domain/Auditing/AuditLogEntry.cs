namespace Incubation.Auditing;

/// <summary>One change of one audited record, written in the same transaction as the change itself.</summary>
public class AuditLogEntry
{
    private AuditLogEntry()
    {
    }

    public AuditLogEntry(
        string entityType, string entityId, AuditChangeType changeType, string changes,
        Guid? userId, string? userName, DateTime time, string? requestId)
    {
        Id = Guid.CreateVersion7();
        EntityType = entityType;
        EntityId = entityId;
        ChangeType = changeType;
        Changes = changes;
        UserId = userId;
        UserName = userName;
        Time = time;
        RequestId = requestId;
    }

    public Guid Id { get; private set; }
    public string EntityType { get; private set; } = string.Empty;
    public string EntityId { get; private set; } = string.Empty;
    public AuditChangeType ChangeType { get; private set; }

    /// <summary>JSON array of <c>{ property, oldValue, newValue }</c>.</summary>
    public string Changes { get; private set; } = "[]";

    public Guid? UserId { get; private set; }
    public string? UserName { get; private set; }
    public DateTime Time { get; private set; }
    public string? RequestId { get; private set; }
}

public enum AuditChangeType
{
    Created = 0,
    Updated = 1,
    Deleted = 2,
}
