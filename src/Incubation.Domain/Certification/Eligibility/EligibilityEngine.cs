namespace Incubation.Certification.Eligibility;

/// <summary>
/// Picks, per kind, the rule set in force on the assessment date and evaluates the facts with it. The same call
/// serves verified data and what-if facts. Pure: the date is an argument.
/// </summary>
public sealed class EligibilityEngine(IEnumerable<IEligibilityRuleSet> ruleSets)
{
    private readonly IReadOnlyList<IEligibilityRuleSet> _ruleSets = ruleSets.ToList();

    public static EligibilityEngine Default { get; } = new(EligibilityRuleSets.All);

    public static IReadOnlyList<QualificationKind> AllKinds { get; } = Enum.GetValues<QualificationKind>();

    public IReadOnlyList<RuleSetInfo> RuleSets => _ruleSets.Select(r => r.Info).ToList();

    public IEligibilityRuleSet RuleSetFor(QualificationKind kind, DateOnly asOf) =>
        _ruleSets.SingleOrDefault(r => r.Info.Kind == kind && r.Info.IsInForceOn(asOf))
        ?? throw new InvalidOperationException($"No {kind} rule set is in force on {asOf:yyyy-MM-dd}.");

    public IReadOnlyList<KindAssessment> Assess(EnterpriseFacts facts, DateOnly asOf, IEnumerable<QualificationKind>? kinds = null)
    {
        ArgumentNullException.ThrowIfNull(facts);
        return (kinds ?? AllKinds).Distinct().Order().Select(kind => RuleSetFor(kind, asOf).Assess(facts, asOf)).ToList();
    }
}
