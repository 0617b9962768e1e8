namespace Incubation.Entities;

/// <summary>An aggregate root with auditing fields, soft delete and a concurrency stamp (ABP's building block).</summary>
public abstract class FullAuditedAggregateRoot : Entity, IAuditedObject, ISoftDelete, IHasConcurrencyStamp, IAudited
{
    protected FullAuditedAggregateRoot()
    {
    }

    protected FullAuditedAggregateRoot(Guid id) : base(id)
    {
    }

    public DateTime CreationTime { get; private set; }
    public Guid? CreatorId { get; private set; }
    public DateTime? LastModificationTime { get; private set; }
    public Guid? LastModifierId { get; private set; }
    public bool IsDeleted { get; private set; }
    public DateTime? DeletionTime { get; private set; }
    public Guid? DeleterId { get; private set; }
    public string ConcurrencyStamp { get; private set; } = Guid.NewGuid().ToString("N");
}
