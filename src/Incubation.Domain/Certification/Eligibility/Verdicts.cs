namespace Incubation.Certification.Eligibility;

/// <summary>How criteria combine into a verdict: any failed condition fails; else any open one needs review.</summary>
public static class Verdicts
{
    public static EligibilityVerdict AllOf(IEnumerable<CriterionResult> criteria) =>
        AllOf(criteria.Where(c => c.IsCondition).Select(c => c.Passed));

    public static EligibilityVerdict AllOf(IEnumerable<bool?> outcomes)
    {
        var list = outcomes.ToList();
        if (list.Any(p => p == false))
        {
            return EligibilityVerdict.NotEligible;
        }

        return list.Any(p => p is null) ? EligibilityVerdict.NeedsReview : EligibilityVerdict.Eligible;
    }

    /// <summary>Alternative routes (a direct condition or the score): one eligible route suffices.</summary>
    public static EligibilityVerdict AnyOf(params EligibilityVerdict[] routes)
    {
        if (routes.Contains(EligibilityVerdict.Eligible))
        {
            return EligibilityVerdict.Eligible;
        }

        return routes.Contains(EligibilityVerdict.NeedsReview) ? EligibilityVerdict.NeedsReview : EligibilityVerdict.NotEligible;
    }

    /// <summary>A score range against its pass mark: passed, failed, or open while the range straddles the mark.</summary>
    public static bool? ScorePasses(ScoreSummary score) =>
        score.Min >= score.PassMark ? true : score.Max < score.PassMark ? false : null;

    public static ScoreSummary Sum(IEnumerable<CriterionResult> scored, decimal passMark)
    {
        var points = scored.Where(c => c.Points is not null).Select(c => c.Points!).ToList();
        return new ScoreSummary(points.Sum(p => p.Min), points.Sum(p => p.Max), passMark);
    }
}
