namespace Incubation.Enterprises;

/// <summary>Query helpers over yearly data for the pool, the ladders, eligibility and the targets (plain LINQ).</summary>
public static class YearlyDataQueries
{
    /// <summary>
    /// Per enterprise, the latest fiscal year (not after <paramref name="asOf"/>'s year) whose figures are verified
    /// and were verified on or before <paramref name="asOf"/>. Drafts, submitted, returned and reopened years never
    /// count. A year reopened since is left out until it is verified again.
    /// </summary>
    public static IQueryable<YearlyData> LatestVerified(this IQueryable<YearlyData> query, DateOnly asOf)
    {
        var cutoff = ChinaTime.StartOfDayUtc(asOf.AddDays(1));
        var year = asOf.Year;
        var verified = query.Where(y => y.Status == YearlyDataStatus.Verified && y.FiscalYear <= year && y.VerifiedAt < cutoff);
        return verified.Where(y => !verified.Any(later => later.EnterpriseId == y.EnterpriseId && later.FiscalYear > y.FiscalYear));
    }
}
