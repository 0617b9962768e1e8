using Incubation.Entities;

namespace Incubation.Visits;

/// <summary>
/// An enterprise's need (诉求) and its closed loop: the responsible unit accepts, works on and answers it; the
/// enterprise or the officer confirms with a rating, and an unsatisfied rating sends it back to be redone. Every
/// step is kept as a dated, attributed event; due dates are worked out by the caller from the working-day calendar.
/// </summary>
public class Need : FullAuditedAggregateRoot
{
    private readonly List<NeedEvent> _events = [];

    private Need()
    {
    }

    private Need(Guid enterpriseId, Guid? visitId, NeedSource source, NeedCategory category, string description, bool isBottleneck)
        : base(Guid.CreateVersion7())
    {
        EnterpriseId = enterpriseId;
        VisitId = visitId;
        Source = source;
        Category = category;
        Description = description;
        IsBottleneck = isBottleneck;
        Status = NeedStatus.Open;
    }

    public Guid EnterpriseId { get; private set; }
    public Guid? VisitId { get; private set; }
    public NeedSource Source { get; private set; }
    public NeedCategory Category { get; private set; }
    public string Description { get; private set; } = string.Empty;
    public bool IsBottleneck { get; private set; }
    public Guid ResponsibleUnitId { get; private set; }
    public NeedStatus Status { get; private set; }
    public DateTime RaisedAt { get; private set; }
    public DateOnly RaisedOn { get; private set; }
    public DateOnly DueDate { get; private set; }
    public string? Answer { get; private set; }
    public DateTime? ResolvedAt { get; private set; }
    public DateTime? ClosedAt { get; private set; }
    public int? Satisfaction { get; private set; }

    /// <summary>How many times an unsatisfied enterprise sent the answer back (不满意退回重办).</summary>
    public int RedoCount { get; private set; }

    public string? UnresolvableExplanation { get; private set; }
    public IReadOnlyList<NeedEvent> Events => _events;

    public bool IsFinal => Status is NeedStatus.Closed or NeedStatus.Unresolvable;

    public bool IsOverdueOn(DateOnly today) => NeedConsts.Pending.Contains(Status) && DueDate < today;

    public static Need Raise(
        Guid enterpriseId, Guid? visitId, NeedSource source, NeedCategory category, string description, bool isBottleneck,
        Guid unitId, DateOnly raisedOn, DateOnly dueDate, NeedActor actor)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(description);
        var need = new Need(enterpriseId, visitId, source, category, description.Trim(), isBottleneck || category == NeedCategory.Bottleneck)
        {
            ResponsibleUnitId = unitId,
            RaisedAt = actor.Time,
            RaisedOn = raisedOn,
            DueDate = dueDate,
        };
        need.Record(NeedEventKind.Raised, actor, null);
        return need;
    }

    /// <summary>What the state machine allows from the current status (before permissions and unit checks).</summary>
    public static IReadOnlyList<NeedAction> ActionsFrom(NeedStatus status) => status switch
    {
        NeedStatus.Open => [NeedAction.Accept, NeedAction.Transfer, NeedAction.RequestUnresolvable],
        NeedStatus.Accepted => [NeedAction.Start, NeedAction.Resolve, NeedAction.Transfer, NeedAction.RequestUnresolvable],
        NeedStatus.InProgress => [NeedAction.Resolve, NeedAction.Transfer, NeedAction.RequestUnresolvable],
        NeedStatus.Reopened => [NeedAction.Start, NeedAction.Resolve, NeedAction.Transfer, NeedAction.RequestUnresolvable],
        NeedStatus.Resolved => [NeedAction.Confirm, NeedAction.Reopen],
        NeedStatus.UnresolvablePending => [NeedAction.ApproveUnresolvable, NeedAction.RejectUnresolvable],
        _ => [],
    };

    public void Accept(NeedActor actor, string? note)
    {
        Require(NeedAction.Accept);
        Move(NeedStatus.Accepted, NeedEventKind.Accepted, actor, note);
    }

    public void Start(NeedActor actor, string? note)
    {
        Require(NeedAction.Start);
        Move(NeedStatus.InProgress, NeedEventKind.Started, actor, note);
    }

    public void Resolve(string answer, NeedActor actor)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(answer);
        Require(NeedAction.Resolve);
        Answer = answer.Trim();
        ResolvedAt = actor.Time;
        Move(NeedStatus.Resolved, NeedEventKind.Resolved, actor, Answer);
    }

    /// <summary>
    /// The enterprise's (or the officer's) confirmation. A rating of 1–2 is not a closure: the need goes back to the
    /// unit to redo, with a new due date, and the bureau sees the count of returns.
    /// </summary>
    public void Confirm(int rating, string? comment, DateOnly redoDueDate, NeedActor actor)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(rating, NeedConsts.MinRating);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(rating, NeedConsts.MaxRating);
        Require(NeedAction.Confirm);
        Satisfaction = rating;
        if (rating <= NeedConsts.UnsatisfiedRatingCeiling)
        {
            RedoCount++;
            DueDate = redoDueDate;
            Move(NeedStatus.Reopened, NeedEventKind.ReturnedUnsatisfied, actor, comment, rating);
            return;
        }

        ClosedAt = actor.Time;
        Move(NeedStatus.Closed, NeedEventKind.Closed, actor, comment, rating);
    }

    public void Reopen(string reason, DateOnly dueDate, NeedActor actor)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        Require(NeedAction.Reopen);
        DueDate = dueDate;
        Move(NeedStatus.Reopened, NeedEventKind.Reopened, actor, reason);
    }

    /// <summary>Hands the need to another unit (转办); it starts again there as Open with the due date reset by rule.</summary>
    public void TransferTo(Guid unitId, string reason, DateOnly dueDate, NeedActor actor)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        Require(NeedAction.Transfer);
        if (unitId == ResponsibleUnitId)
        {
            throw new BusinessException(IncubationErrorCodes.NeedSameUnit, 422) { Field = "unitId" };
        }

        var from = ResponsibleUnitId;
        ResponsibleUnitId = unitId;
        DueDate = dueDate;
        Move(NeedStatus.Open, NeedEventKind.Transferred, actor, reason, fromUnitId: from);
    }

    public void RequestUnresolvable(string explanation, NeedActor actor)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(explanation);
        Require(NeedAction.RequestUnresolvable);
        UnresolvableExplanation = explanation.Trim();
        Move(NeedStatus.UnresolvablePending, NeedEventKind.UnresolvableRequested, actor, UnresolvableExplanation);
    }

    public void ApproveUnresolvable(NeedActor actor, string? note)
    {
        Require(NeedAction.ApproveUnresolvable);
        ClosedAt = actor.Time;
        Move(NeedStatus.Unresolvable, NeedEventKind.UnresolvableApproved, actor, note);
    }

    /// <summary>The bureau refuses to let the unit give up: back to work on it.</summary>
    public void RejectUnresolvable(string reason, NeedActor actor)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        Require(NeedAction.RejectUnresolvable);
        Move(NeedStatus.InProgress, NeedEventKind.UnresolvableRejected, actor, reason);
    }

    private void Require(NeedAction action)
    {
        if (!ActionsFrom(Status).Contains(action))
        {
            throw new BusinessException(IncubationErrorCodes.NeedTransitionNotAllowed, 422, action, Status);
        }
    }

    private void Move(NeedStatus to, NeedEventKind kind, NeedActor actor, string? note, int? rating = null, Guid? fromUnitId = null)
    {
        Status = to;
        Record(kind, actor, note, rating, fromUnitId);
    }

    private void Record(NeedEventKind kind, NeedActor actor, string? note, int? rating = null, Guid? fromUnitId = null) =>
        _events.Add(new NeedEvent(this, kind, actor, string.IsNullOrWhiteSpace(note) ? null : note.Trim(), rating, fromUnitId));
}
