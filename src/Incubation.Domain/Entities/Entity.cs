namespace Incubation.Entities;

/// <summary>An entity with a client-generated, time-ordered key (so audit rows know it before the insert).</summary>
public abstract class Entity
{
    protected Entity() => Id = Guid.CreateVersion7();

    protected Entity(Guid id) => Id = id;

    public Guid Id { get; protected set; }
}
