namespace Incubation.Certification.Eligibility.Miit;

/// <summary>
/// Combines criteria the way the MIIT texts do: conditions that must all hold, and alternative routes (a score or
/// a direct condition) of which one suffices. Each criterion reports its own truth; only the verdict combines them.
/// </summary>
internal static class Routes
{
    public static EligibilityVerdict Of(CriterionResult criterion) => Verdicts.AllOf([criterion.Passed]);

    public static EligibilityVerdict AllOf(params IEnumerable<CriterionResult> criteria) =>
        Verdicts.AllOf(criteria.Select(c => c.Passed));

    public static EligibilityVerdict AllOf(params IEnumerable<EligibilityVerdict> routes) =>
        Verdicts.AllOf(routes.Select(ToOutcome));

    public static EligibilityVerdict AnyOf(params IEnumerable<EligibilityVerdict> routes) => Verdicts.AnyOf([.. routes]);

    private static bool? ToOutcome(EligibilityVerdict verdict) => verdict switch
    {
        EligibilityVerdict.Eligible => true,
        EligibilityVerdict.NotEligible => false,
        _ => null,
    };
}
