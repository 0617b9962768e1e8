namespace Incubation.Enterprises;

/// <summary>
/// Yearly data and its history. Callers first load the enterprise through <see cref="IEnterpriseRepository"/>, which
/// applies the caller's data scope; queries here hide soft-deleted rows.
/// </summary>
public interface IYearlyDataRepository
{
    IQueryable<YearlyData> Query();

    IQueryable<YearlyDataRevision> QueryRevisions();

    /// <summary>Loads one year for a change; null when absent.</summary>
    Task<YearlyData?> FindForUpdateAsync(Guid enterpriseId, int fiscalYear, CancellationToken cancellationToken);

    /// <summary>The latest verified year of an enterprise as of a date (see <see cref="YearlyDataQueries.LatestVerified"/>).</summary>
    Task<YearlyData?> FindLatestVerifiedAsync(Guid enterpriseId, DateOnly asOf, CancellationToken cancellationToken);

    void Add(YearlyData yearlyData);
}
