namespace Incubation.Certification.Eligibility;

/// <summary>
/// Builds criterion results the same way across rule sets: message keys are "Eligibility:{code}" for an
/// evaluated criterion, "Eligibility:MissingFacts" when facts are missing and "Eligibility:ExpertJudgement"
/// when the rules leave it to experts.
/// </summary>
public static class Criteria
{
    public const string MissingFactsKey = "Eligibility:MissingFacts";
    public const string ExpertJudgementKey = "Eligibility:ExpertJudgement";

    public static string KeyOf(string code) => "Eligibility:" + code;

    public static CriterionResult Missing(string code, string source, params string[] facts) => new()
    {
        Code = code,
        Passed = null,
        Source = source,
        MessageKey = MissingFactsKey,
        MissingFacts = facts,
    };

    public static CriterionResult ExpertJudgement(string code, string source, PointsRange? points = null) => new()
    {
        Code = code,
        Passed = null,
        Points = points,
        Source = source,
        MessageKey = ExpertJudgementKey,
    };

    /// <summary>actual ≥ required (inclusive, as "以上" in the rules); the gap is required − actual when short.</summary>
    public static CriterionResult AtLeast(string code, string source, decimal actual, decimal required, MeasureUnit unit) => new()
    {
        Code = code,
        Passed = actual >= required,
        Actual = new Measure(actual, unit),
        Required = new Measure(required, unit),
        Gap = actual >= required ? null : new Measure(required - actual, unit),
        Source = source,
        MessageKey = KeyOf(code),
    };

    /// <summary>actual ≤ limit (inclusive); the gap is actual − limit when over.</summary>
    public static CriterionResult AtMost(string code, string source, decimal actual, decimal limit, MeasureUnit unit) => new()
    {
        Code = code,
        Passed = actual <= limit,
        Actual = new Measure(actual, unit),
        Required = new Measure(limit, unit),
        Gap = actual <= limit ? null : new Measure(actual - limit, unit),
        Source = source,
        MessageKey = KeyOf(code),
    };

    public static CriterionResult Flag(string code, string source, bool value) => new()
    {
        Code = code,
        Passed = value,
        Actual = new Measure(value ? 1 : 0, MeasureUnit.Flag),
        Required = new Measure(1, MeasureUnit.Flag),
        Source = source,
        MessageKey = KeyOf(code),
    };

    /// <summary>Safe ratio: null when the denominator is unknown or zero.</summary>
    public static decimal? Ratio(decimal? numerator, decimal? denominator) =>
        numerator is { } n && denominator is { } d && d != 0 ? n / d : null;
}
