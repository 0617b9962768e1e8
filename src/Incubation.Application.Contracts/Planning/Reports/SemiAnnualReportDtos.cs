namespace Incubation.Planning.Reports;

public sealed class GetSemiAnnualReportInput
{
    public int Year { get; set; }
    public int Half { get; set; }
}

public sealed class IssueSemiAnnualReportDto
{
    public int Year { get; set; }
    public int Half { get; set; }
}

/// <summary>
/// The 半年通报 of one half-year. A draft is computed from live data on every read; an issued report is the content
/// stored when it was issued, served unchanged whatever changed since. Figures are as of <see cref="AsOf"/>: the
/// half-year's last day, or today while it runs.
/// </summary>
public sealed record SemiAnnualReportDto(
    int Year,
    int Half,
    ReportStatus Status,
    DateOnly PeriodStart,
    DateOnly PeriodEnd,
    DateOnly AsOf,
    DateOnly PreviousAsOf,
    DateTime GeneratedAt,
    DateTime? IssuedAt,
    string? IssuedByName,
    ReportNeedFiguresDto Totals,
    IReadOnlyList<ReportUnitDto> Units,
    IReadOnlyList<ReportTaskDto> TasksWithoutUnit,
    IReadOnlyList<ReportIndicatorDto> Indicators);

/// <summary>
/// A unit's needs in the half-year, each need counted for the unit that held it at the cut-off:
/// <list type="bullet">
/// <item><see cref="Collected"/> — needs raised in the half-year (收集);</item>
/// <item><see cref="Closed"/> — of those, closed by the cut-off: confirmed by the enterprise, or approved as
/// unresolvable (办结, as in the visits KPIs);</item>
/// <item><see cref="OverdueAtEnd"/> — needs still pending past their due date at the cut-off, whenever raised (the
/// count reminder letters are proposed by);</item>
/// <item><see cref="ClosureRate"/> — 办结率 = Closed / Collected, null when nothing was collected.</item>
/// </list>
/// </summary>
public sealed record ReportNeedFiguresDto(int Collected, int Closed, int OverdueAtEnd, decimal? ClosureRate);

/// <summary>One responsible unit's part: its tasks with its progress notes, its needs, its reminder letter of the half-year.</summary>
public sealed record ReportUnitDto(
    Guid ResponsibleUnitId,
    string ResponsibleUnitName,
    IReadOnlyList<ReportUnitTaskDto> Tasks,
    ReportNeedFiguresDto Needs,
    string? LetterNumber,
    bool EscalatedToDistrict);

/// <summary>A task of the unit and what the unit reported on it for the half-year (null: no note).</summary>
public sealed record ReportUnitTaskDto(Guid KeyTaskId, int Number, string Title, bool IsLead, string? Progress);

/// <summary>A key task no unit is responsible for yet (the bureau still has to assign it).</summary>
public sealed record ReportTaskDto(Guid KeyTaskId, int Number, string Section, string Title, string? OtherResponsible);

/// <summary>A district indicator: its target (when set), its value at the cut-off and at the previous half-year's end.</summary>
public sealed record ReportIndicatorDto(
    Indicator Indicator,
    IndicatorUnit Unit,
    TargetShape Shape,
    int? BaselineYear,
    decimal? BaselineValue,
    int? TargetYear,
    decimal? TargetValue,
    decimal Value,
    decimal PreviousValue);

/// <summary>An issued report, for the list of what the bureau has issued.</summary>
public sealed record IssuedReportDto(Guid Id, int Year, int Half, DateTime IssuedAt, string? IssuedByName);
