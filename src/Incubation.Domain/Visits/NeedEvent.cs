using Incubation.Entities;

namespace Incubation.Visits;

/// <summary>
/// One dated, attributed step of a need. It keeps the status, unit and due date the step left, so the state of a
/// need at any past moment (a half-year's end) can be read back from its timeline.
/// </summary>
public class NeedEvent : Entity, IAudited
{
    private NeedEvent()
    {
    }

    internal NeedEvent(Need need, NeedEventKind kind, NeedActor actor, string? note, int? rating, Guid? fromUnitId)
    {
        NeedId = need.Id;
        Sequence = need.Events.Count + 1;
        Kind = kind;
        Status = need.Status;
        ResponsibleUnitId = need.ResponsibleUnitId;
        FromUnitId = fromUnitId;
        DueDate = need.DueDate;
        Time = actor.Time;
        UserId = actor.UserId;
        UserName = actor.UserName;
        Note = note;
        Rating = rating;
    }

    public Guid NeedId { get; private set; }

    /// <summary>1, 2, 3 … along the need's timeline: the order of steps even when two share an instant.</summary>
    public int Sequence { get; private set; }

    public NeedEventKind Kind { get; private set; }
    public NeedStatus Status { get; private set; }
    public Guid ResponsibleUnitId { get; private set; }
    public Guid? FromUnitId { get; private set; }
    public DateOnly DueDate { get; private set; }
    public DateTime Time { get; private set; }
    public Guid? UserId { get; private set; }
    public string? UserName { get; private set; }
    public string? Note { get; private set; }
    public int? Rating { get; private set; }
}
