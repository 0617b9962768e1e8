using Incubation.Entities;

namespace Incubation.Planning;

/// <summary>A unit's progress on one key task in one half-year (entered by the unit, read by the 半年通报).</summary>
public class TaskProgressNote : FullAuditedAggregateRoot
{
    private TaskProgressNote()
    {
    }

    public TaskProgressNote(Guid id, Guid keyTaskId, Guid unitId, int year, int half, string text) : base(id)
    {
        KeyTaskId = keyTaskId;
        ResponsibleUnitId = unitId;
        Year = year;
        Half = half;
        Write(text);
    }

    public Guid KeyTaskId { get; private set; }
    public Guid ResponsibleUnitId { get; private set; }
    public int Year { get; private set; }
    public int Half { get; private set; }
    public string Text { get; private set; } = string.Empty;

    public void Write(string text)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(text);
        Text = text.Trim();
    }
}
