using Incubation.Entities;

namespace Incubation.Cultivation;

/// <summary>
/// One period of an enterprise in the high-tech cultivation pool (培育库), from its proposal to its exit. An
/// enterprise has at most one open membership (proposed or admitted) at a time; a new period is a new membership.
/// </summary>
public class PoolMembership : FullAuditedAggregateRoot
{
    private readonly List<PoolMembershipEvent> _events = [];

    private PoolMembership()
    {
    }

    private PoolMembership(Guid enterpriseId, string reason, string? evidence) : base(Guid.CreateVersion7())
    {
        EnterpriseId = enterpriseId;
        Reason = reason;
        Evidence = evidence;
        Status = MembershipStatus.Proposed;
        IsOpen = true;
    }

    public Guid EnterpriseId { get; private set; }
    public MembershipStatus Status { get; private set; }

    /// <summary>True while proposed or admitted; a unique index keeps one open membership per enterprise.</summary>
    public bool IsOpen { get; private set; }

    public CultivationStage? Stage { get; private set; }
    public DateTime? StageSince { get; private set; }
    public string Reason { get; private set; } = string.Empty;
    public string? Evidence { get; private set; }
    public DateTime ProposedAt { get; private set; }
    public DateTime? AdmittedAt { get; private set; }
    public string? RejectionReason { get; private set; }
    public DateTime? ExitedAt { get; private set; }
    public ExitReason? ExitReason { get; private set; }
    public IReadOnlyList<PoolMembershipEvent> Events => _events;

    public static PoolMembership Propose(Guid enterpriseId, string reason, string? evidence, MembershipActor actor)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        var membership = new PoolMembership(enterpriseId, reason.Trim(), evidence?.Trim()) { ProposedAt = actor.Time };
        membership.Record(MembershipEventKind.Proposed, null, actor, reason.Trim());
        return membership;
    }

    public void Admit(MembershipActor actor, string? note)
    {
        Require(MembershipStatus.Proposed, nameof(Admit));
        Status = MembershipStatus.Admitted;
        AdmittedAt = actor.Time;
        Stage = CultivationStage.Reserve;
        StageSince = actor.Time;
        Record(MembershipEventKind.Admitted, Stage, actor, note);
    }

    public void Reject(MembershipActor actor, string reason)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        Require(MembershipStatus.Proposed, nameof(Reject));
        Status = MembershipStatus.Rejected;
        IsOpen = false;
        RejectionReason = reason.Trim();
        Record(MembershipEventKind.Rejected, null, actor, RejectionReason);
    }

    /// <summary>Moves between the tiers in either direction (an enterprise can fall back), never to where it is.</summary>
    public void MoveTo(CultivationStage stage, MembershipActor actor, string? note)
    {
        Require(MembershipStatus.Admitted, nameof(MoveTo));
        if (Stage == stage)
        {
            throw new BusinessException(IncubationErrorCodes.SameStage, 422) { Field = "stage" };
        }

        Stage = stage;
        StageSince = actor.Time;
        Record(MembershipEventKind.StageChanged, stage, actor, note);
    }

    public void Exit(ExitReason reason, MembershipActor actor, string? note)
    {
        Require(MembershipStatus.Admitted, nameof(Exit));
        Status = MembershipStatus.Exited;
        IsOpen = false;
        ExitReason = reason;
        ExitedAt = actor.Time;
        Record(MembershipEventKind.Exited, Stage, actor, note);
    }

    private void Require(MembershipStatus expected, string action)
    {
        if (Status != expected)
        {
            throw new BusinessException(IncubationErrorCodes.MembershipTransitionNotAllowed, 422, action, Status);
        }
    }

    private void Record(MembershipEventKind kind, CultivationStage? stage, MembershipActor actor, string? note) =>
        _events.Add(new PoolMembershipEvent(Id, kind, stage, actor, string.IsNullOrWhiteSpace(note) ? null : note.Trim()));
}

/// <summary>Who acts, and when (the injected clock's now).</summary>
public sealed record MembershipActor(Guid? UserId, string? UserName, DateTime Time);
