using Incubation.Entities;

namespace Incubation.Visits;

/// <summary>
/// A 工作提示函 the bureau sends a unit that let needs go overdue in a half-year (plan, 保障机制 §三). A unit with a
/// letter in the previous half-year too is escalated to the district government; the flag is set when issued.
/// </summary>
public class ReminderLetter : FullAuditedAggregateRoot
{
    private readonly List<ReminderLetterNeed> _needs = [];

    private ReminderLetter()
    {
    }

    public ReminderLetter(Guid unitId, HalfYear period, int sequence, string number, DateOnly issuedOn, bool escalated)
        : base(Guid.CreateVersion7())
    {
        ResponsibleUnitId = unitId;
        Year = period.Year;
        Half = period.Half;
        Sequence = sequence;
        Number = number;
        IssuedOn = issuedOn;
        EscalatedToDistrict = escalated;
    }

    public Guid ResponsibleUnitId { get; private set; }
    public int Year { get; private set; }
    public int Half { get; private set; }
    public int Sequence { get; private set; }
    public string Number { get; private set; } = string.Empty;
    public DateOnly IssuedOn { get; private set; }
    public string Text { get; private set; } = string.Empty;
    public bool EscalatedToDistrict { get; private set; }
    public IReadOnlyList<ReminderLetterNeed> Needs => _needs;

    public HalfYear Period => new(Year, Half);

    public void List(Need need, string enterpriseName) =>
        _needs.Add(new ReminderLetterNeed(Id, need.Id, enterpriseName, need.Category, need.Description, need.DueDate));

    public void Write(string text) => Text = text;
}

/// <summary>An overdue need a letter lists, as it stood when the letter was issued.</summary>
public class ReminderLetterNeed : Entity, IAudited
{
    private ReminderLetterNeed()
    {
    }

    internal ReminderLetterNeed(Guid letterId, Guid needId, string enterpriseName, NeedCategory category, string description, DateOnly dueDate)
    {
        LetterId = letterId;
        NeedId = needId;
        EnterpriseName = enterpriseName;
        Category = category;
        Description = description;
        DueDate = dueDate;
    }

    public Guid LetterId { get; private set; }
    public Guid NeedId { get; private set; }
    public string EnterpriseName { get; private set; } = string.Empty;
    public NeedCategory Category { get; private set; }
    public string Description { get; private set; } = string.Empty;
    public DateOnly DueDate { get; private set; }
}
