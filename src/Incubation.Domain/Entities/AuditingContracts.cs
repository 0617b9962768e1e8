namespace Incubation.Entities;

/// <summary>Creation and modification time and user; filled by the EF Core save interceptor, never by hand.</summary>
public interface IAuditedObject
{
    DateTime CreationTime { get; }
    Guid? CreatorId { get; }
    DateTime? LastModificationTime { get; }
    Guid? LastModifierId { get; }
}

/// <summary>Business records are never physically deleted; a global query filter hides the deleted ones.</summary>
public interface ISoftDelete
{
    bool IsDeleted { get; }
    DateTime? DeletionTime { get; }
    Guid? DeleterId { get; }
}

/// <summary>Optimistic concurrency: the stamp read by a client must still be current when it saves.</summary>
public interface IHasConcurrencyStamp
{
    string ConcurrencyStamp { get; }
}

/// <summary>Marks an entity whose changes are written to the audit log.</summary>
public interface IAudited;
