namespace Incubation.Certification.Eligibility;

public static class EligibilityKinds
{
    /// <summary>The kinds with a rule set in force on the date (no MIIT kind before its 2022 measures).</summary>
    public static List<QualificationKind> InForce(DateOnly asOf) =>
        EligibilityEngine.Default.RuleSets.Where(r => r.IsInForceOn(asOf)).Select(r => r.Kind).Distinct().Order().ToList();
}
