namespace Incubation.Visits;

public sealed record ReminderLetterNeedDto(Guid NeedId, string EnterpriseName, NeedCategory Category, string Description, DateOnly DueDate);

public sealed record ReminderLetterDto(
    Guid Id,
    string Number,
    Guid ResponsibleUnitId,
    string ResponsibleUnitName,
    int Year,
    int Half,
    DateOnly IssuedOn,
    string Text,
    bool EscalatedToDistrict,
    IReadOnlyList<ReminderLetterNeedDto> Needs);

/// <summary>
/// Where a unit stands for a half-year: needs overdue at its end, the letters of this and the previous half-year,
/// whether a letter is proposed (over the threshold, none issued yet) and whether it is escalated (two in a row).
/// </summary>
public sealed record UnitStandingDto(
    Guid ResponsibleUnitId,
    string ResponsibleUnitName,
    int OverdueAtEnd,
    string? LetterNumber,
    Guid? LetterId,
    string? PreviousLetterNumber,
    bool LetterProposed,
    bool EscalatedToDistrict);

public sealed class HalfYearInput
{
    public int Year { get; set; }
    public int Half { get; set; }
}

public sealed class IssueReminderLetterDto
{
    public Guid ResponsibleUnitId { get; set; }
    public int Year { get; set; }
    public int Half { get; set; }
}
