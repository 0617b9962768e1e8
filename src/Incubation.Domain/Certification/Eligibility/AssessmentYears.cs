namespace Incubation.Certification.Eligibility;

/// <summary>
/// The time windows of the rules, for an application made on <see cref="AsOf"/> (domain-rules §1.2): the
/// application year Y is excluded; "last year" is Y-1; "the last three fiscal years" are Y-3..Y-1, cut to the years
/// the enterprise existed (实际经营期不满三年的按实际经营时间计算).
/// </summary>
public sealed record AssessmentYears(DateOnly AsOf, DateOnly? EstablishedOn)
{
    public int ApplicationYear => AsOf.Year;

    public int LastYear => ApplicationYear - 1;

    /// <summary>The last <paramref name="count"/> fiscal years before the application year, oldest first.</summary>
    public IReadOnlyList<int> Last(int count) =>
        Enumerable.Range(ApplicationYear - count, count).ToList();

    /// <summary>Like <see cref="Last"/>, without the years before the enterprise was established.</summary>
    public IReadOnlyList<int> LastOperating(int count) =>
        Last(count).Where(y => EstablishedOn is null || y >= EstablishedOn.Value.Year).ToList();

    /// <summary>Whole days from establishment to the assessment date.</summary>
    public int? DaysSinceEstablished => EstablishedOn is { } on ? AsOf.DayNumber - on.DayNumber : null;
}
