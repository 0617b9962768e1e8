using Incubation.Certification.Eligibility.Science;

namespace Incubation.Certification.Eligibility;

/// <summary>The Ministry of Science and Technology's rule sets: 高新技术企业 and 科技型中小企业.</summary>
public static class ScienceRuleSets
{
    public static IReadOnlyList<IEligibilityRuleSet> All { get; } = [new HighTechRuleSet(), new TechSmeRuleSet()];
}
