namespace Incubation.Certification.Eligibility;

/// <summary>The MIIT gradient's rule sets (创新型 / 专精特新 / 小巨人), under the 2022 and the 2026 measures.</summary>
public static class MiitRuleSets
{
    public static IReadOnlyList<IEligibilityRuleSet> All { get; } = [];
}
