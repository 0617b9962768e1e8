using Incubation.Entities;

namespace Incubation.Cultivation;

/// <summary>A dated, attributed step of a membership: its timeline.</summary>
public class PoolMembershipEvent : Entity, IAudited
{
    private PoolMembershipEvent()
    {
    }

    internal PoolMembershipEvent(Guid membershipId, MembershipEventKind kind, CultivationStage? stage, MembershipActor actor, string? note)
    {
        MembershipId = membershipId;
        Kind = kind;
        Stage = stage;
        Time = actor.Time;
        UserId = actor.UserId;
        UserName = actor.UserName;
        Note = note;
    }

    public Guid MembershipId { get; private set; }
    public MembershipEventKind Kind { get; private set; }
    public CultivationStage? Stage { get; private set; }
    public DateTime Time { get; private set; }
    public Guid? UserId { get; private set; }
    public string? UserName { get; private set; }
    public string? Note { get; private set; }
}
