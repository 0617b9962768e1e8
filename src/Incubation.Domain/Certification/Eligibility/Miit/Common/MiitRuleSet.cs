namespace Incubation.Certification.Eligibility.Miit;

/// <summary>What a MIIT rule set concludes, before it is stamped with the rule set's identity.</summary>
internal sealed record MiitEvaluation(EligibilityVerdict Verdict, ScoreSummary? Score, IReadOnlyList<CriterionResult> Criteria);

/// <summary>
/// Common shell of the MIIT rule sets: refuses a date outside its period (the 2022 sets start on
/// <see cref="MiitRuleSets.EarliestDate"/>; there is no MIIT rule set before it) and reads the facts for the date.
/// </summary>
internal abstract class MiitRuleSet(RuleSetInfo info) : IEligibilityRuleSet
{
    public RuleSetInfo Info { get; } = info;

    public KindAssessment Assess(EnterpriseFacts facts, DateOnly asOf)
    {
        ArgumentNullException.ThrowIfNull(facts);
        if (!Info.IsInForceOn(asOf))
        {
            throw new ArgumentOutOfRangeException(nameof(asOf), asOf, $"{Info.Id} ({Info.Kind}) is not in force on {asOf:yyyy-MM-dd}.");
        }

        var evaluation = Evaluate(new MiitFacts(facts, asOf));
        return new KindAssessment(Info.Kind, Info, evaluation.Verdict, evaluation.Score, evaluation.Criteria);
    }

    protected abstract MiitEvaluation Evaluate(MiitFacts facts);
}
