namespace Incubation.Certification.Eligibility;

public static class EligibilityConsts
{
    /// <summary>The earliest assessment date: the oldest rule set in force (科技型中小企业, 2017-05).</summary>
    public static readonly DateOnly EarliestAsOf = new(2017, 5, 1);

    /// <summary>A what-if may carry at most this many fiscal years (the rules look back three).</summary>
    public const int MaxYears = 10;

    public const int MaxIndustryFieldCodeLength = 16;
    public const int MaxRuleSetsLength = 256;

    /// <summary>The fiscal years read from the enterprise's verified data: Y-1 back to Y-<c>YearsLookedBack</c>.</summary>
    public const int YearsLookedBack = 4;
}
