namespace Incubation.Planning.Reports;

/// <summary>The 半年通报: drafted live, issued as a snapshot, listed, exported.</summary>
public interface ISemiAnnualReportAppService
{
    /// <summary>The issued report of the half-year, or its live draft (district-wide readers only).</summary>
    Task<SemiAnnualReportDto> GetAsync(GetSemiAnnualReportInput input, CancellationToken cancellationToken);

    /// <summary>Stores the report of a half-year that has ended; a second issue is refused (409).</summary>
    Task<SemiAnnualReportDto> IssueAsync(IssueSemiAnnualReportDto input, CancellationToken cancellationToken);

    Task<IReadOnlyList<IssuedReportDto>> GetIssuedListAsync(CancellationToken cancellationToken);
}
