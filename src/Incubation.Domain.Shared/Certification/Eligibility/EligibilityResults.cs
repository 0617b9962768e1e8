namespace Incubation.Certification.Eligibility;

public sealed record Measure(decimal Value, MeasureUnit Unit);

/// <summary>The points a scored item earns; Min &lt; Max where experts judge the item.</summary>
public sealed record PointsRange(decimal Min, decimal Max, decimal Of);

/// <summary>The total score range against the pass mark (the total must reach PassMark).</summary>
public sealed record ScoreSummary(decimal Min, decimal Max, decimal PassMark);

/// <summary>
/// One criterion of a rule set, evaluated. <see cref="Passed"/> is null when a fact is missing or experts judge it.
/// <see cref="Gap"/> says how much more is needed, in the unit that matters (yuan, head-count…).
/// <see cref="MessageKey"/> and <see cref="Details"/> build the localised sentence (placeholders {actual},
/// {required}, {gap} and each detail's name); <see cref="MissingFacts"/> names the facts (camelCase) it lacked.
/// </summary>
public sealed record CriterionResult
{
    public required string Code { get; init; }
    public bool? Passed { get; init; }
    public Measure? Actual { get; init; }
    public Measure? Required { get; init; }
    public Measure? Gap { get; init; }
    public PointsRange? Points { get; init; }

    /// <summary>Where the threshold comes from: a document key of domain-rules §0 and its article.</summary>
    public required string Source { get; init; }

    public required string MessageKey { get; init; }
    public IReadOnlyDictionary<string, Measure> Details { get; init; } = new Dictionary<string, Measure>();
    public IReadOnlyList<string> MissingFacts { get; init; } = [];

    /// <summary>False for an item that only adds points (its failure alone does not decide the verdict).</summary>
    public bool IsCondition { get; init; } = true;
}

public sealed record RuleSetInfo(
    string Id,
    QualificationKind Kind,
    string Version,
    string Documents,
    DateOnly EffectiveFrom,
    DateOnly? EffectiveTo)
{
    public bool IsInForceOn(DateOnly date) => EffectiveFrom <= date && (EffectiveTo is null || date <= EffectiveTo);
}

public sealed record KindAssessment(
    QualificationKind Kind,
    RuleSetInfo RuleSet,
    EligibilityVerdict Verdict,
    ScoreSummary? Score,
    IReadOnlyList<CriterionResult> Criteria);
