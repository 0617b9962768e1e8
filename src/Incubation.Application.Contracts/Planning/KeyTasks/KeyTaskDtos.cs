namespace Incubation.Planning.KeyTasks;

/// <summary>A responsible unit of a key task; the first of a task's units leads it (牵头单位).</summary>
public sealed record KeyTaskUnitDto(Guid Id, string Name);

/// <summary>One of the plan's key tasks with its responsible units (none yet: the bureau still has to assign them).</summary>
public sealed record KeyTaskDto(
    Guid Id,
    int Number,
    string Section,
    string Title,
    string Text,
    string? OtherResponsible,
    IReadOnlyList<KeyTaskUnitDto> Units,
    string ConcurrencyStamp);

/// <summary>The bureau's edit of a key task: its wording and its units (lead unit first), with the stamp it read.</summary>
public sealed class UpdateKeyTaskDto
{
    public string Section { get; set; } = string.Empty;
    public string Title { get; set; } = string.Empty;
    public string Text { get; set; } = string.Empty;
    public string? OtherResponsible { get; set; }
    public List<Guid> UnitIds { get; set; } = [];
    public string ConcurrencyStamp { get; set; } = string.Empty;
}
