namespace Incubation.Certification.Eligibility;

/// <summary>
/// Every rule set the engine knows, by kind and effective period (domain-rules §0). The periods of one kind
/// must not overlap; a test keeps them contiguous.
/// </summary>
public static class EligibilityRuleSets
{
    public static IReadOnlyList<IEligibilityRuleSet> All { get; } =
        [.. ScienceRuleSets.All, .. MiitRuleSets.All];
}
