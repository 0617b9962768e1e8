using Incubation.Entities;

namespace Incubation.Planning;

/// <summary>
/// One of the plan's 15 key tasks (重点任务) with its responsible units. Seeded from the plan; the bureau edits the
/// units (the plan names them for some tasks only). Units report progress on their tasks every half-year.
/// </summary>
public class KeyTask : FullAuditedAggregateRoot
{
    private KeyTask()
    {
    }

    public KeyTask(Guid id, int number, string section, string title, string text) : base(id)
    {
        Number = number;
        Describe(section, title, text, null);
    }

    public int Number { get; private set; }
    public string Section { get; private set; } = string.Empty;
    public string Title { get; private set; } = string.Empty;
    public string Text { get; private set; } = string.Empty;

    /// <summary>Responsible parties the plan names that are not units of the registry (sub-districts, "各街道&lt;镇&gt;").</summary>
    public string? OtherResponsible { get; private set; }

    /// <summary>The responsible units (ids of <c>ResponsibleUnit</c>), lead unit first.</summary>
    public List<Guid> UnitIds { get; private set; } = [];

    public void Describe(string section, string title, string text, string? otherResponsible)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(title);
        Section = section.Trim();
        Title = title.Trim();
        Text = text.Trim();
        OtherResponsible = string.IsNullOrWhiteSpace(otherResponsible) ? null : otherResponsible.Trim();
    }

    public void AssignUnits(IEnumerable<Guid> unitIds) => UnitIds = unitIds.Distinct().ToList();
}
