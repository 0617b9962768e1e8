namespace Incubation.Planning.KeyTasks;

/// <summary>
/// The progress sheet of a half-year: one row per key task and responsible unit. A unit officer gets their unit's
/// rows only; the bureau every unit's, or one unit's with <see cref="ResponsibleUnitId"/>.
/// </summary>
public sealed class GetTaskProgressInput
{
    public int Year { get; set; }
    public int Half { get; set; }
    public Guid? ResponsibleUnitId { get; set; }
}

/// <summary>A unit's task in a half-year and its progress note (null fields: not written yet).</summary>
public sealed record TaskProgressDto(
    Guid KeyTaskId,
    int Number,
    string Section,
    string Title,
    Guid ResponsibleUnitId,
    string ResponsibleUnitName,
    bool IsLead,
    int Year,
    int Half,
    Guid? NoteId,
    string? Text,
    DateTime? UpdatedAt,
    string? ConcurrencyStamp);

/// <summary>
/// Writes a unit's progress on a task for a half-year: creates the note when there is none (no stamp), changes it
/// otherwise (the stamp read with it).
/// </summary>
public sealed class UpsertTaskProgressDto
{
    public Guid KeyTaskId { get; set; }
    public Guid ResponsibleUnitId { get; set; }
    public int Year { get; set; }
    public int Half { get; set; }
    public string Text { get; set; } = string.Empty;
    public string? ConcurrencyStamp { get; set; }
}
