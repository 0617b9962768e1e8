using Incubation.Certification.Eligibility;
using Incubation.Cultivation;
using Incubation.Dtos;

namespace Incubation.Planning;

/// <summary>An indicator's value on the chosen date, read against its target (path, status, projection, warning).</summary>
public sealed record IndicatorProgressDto(
    Indicator Indicator,
    IndicatorUnit Unit,
    TargetShape Shape,
    decimal Value,
    int? BaselineYear,
    decimal? BaselineValue,
    int? TargetYear,
    decimal? TargetValue,
    decimal? Expected,
    PathStatus Status,
    decimal? Projected,
    bool Warning,
    bool CountsEnterprises);

public sealed record DashboardDto(DateOnly AsOf, IReadOnlyList<IndicatorProgressDto> Indicators);

/// <summary>One indicator's values at the dates of <see cref="TrendDto.Dates"/>.</summary>
public sealed record TrendSeriesDto(Indicator Indicator, IReadOnlyList<decimal> Values);

/// <summary>Values at the end of each half-year since the earliest baseline, and on the chosen date.</summary>
public sealed record TrendDto(IReadOnlyList<DateOnly> Dates, IReadOnlyList<TrendSeriesDto> Series);

public enum BreakdownDimension
{
    SubDistrict = 0,
    Incubator = 1,
}

/// <summary>An indicator's value within one sub-district or incubator; Key is empty for "no incubator".</summary>
public sealed record BreakdownRowDto(string Key, string Name, decimal Value);

/// <summary>One row behind a number: the enterprise (platform, project) and what it adds.</summary>
public sealed record ContributorDto(
    Guid Id,
    string Name,
    Guid? EnterpriseId,
    string? SubDistrictName,
    string? IncubatorName,
    decimal Value,
    int? FiscalYear,
    DateOnly? Date);

/// <summary>How far the district is from its 高企 target, and the pool enterprises the engine rates closest.</summary>
public sealed record HighTechPathDto(
    DateOnly AsOf,
    decimal Current,
    int? TargetYear,
    decimal? TargetValue,
    int ExpiringWithoutRenewal,
    decimal? Needed,
    IReadOnlyList<HighTechCandidateDto> Candidates);

public sealed record HighTechCandidateDto(
    Guid EnterpriseId,
    string Name,
    CultivationStage Stage,
    EligibilityVerdict Verdict,
    int FailedCount,
    decimal? ScoreMax,
    decimal? PassMark);

public class GetDashboardInput
{
    /// <summary>The day to compute for; today (China time) when absent.</summary>
    public DateOnly? AsOf { get; set; }
}

public class GetBreakdownInput : GetDashboardInput
{
    public Indicator Indicator { get; set; }
    public BreakdownDimension By { get; set; }
}

public class GetContributorsInput : PagedAndSortedResultRequestDto
{
    public Indicator Indicator { get; set; }
    public DateOnly? AsOf { get; set; }
    public string? SubDistrictCode { get; set; }
    public Guid? IncubatorId { get; set; }

    /// <summary>With <see cref="IncubatorId"/> null: true lists the enterprises outside any incubator.</summary>
    public bool WithoutIncubator { get; set; }
}

public interface IPlanningDashboardAppService
{
    Task<DashboardDto> GetAsync(GetDashboardInput input, CancellationToken cancellationToken);

    Task<TrendDto> GetTrendAsync(GetDashboardInput input, CancellationToken cancellationToken);

    Task<IReadOnlyList<BreakdownRowDto>> GetBreakdownAsync(GetBreakdownInput input, CancellationToken cancellationToken);

    Task<PagedResultDto<ContributorDto>> GetContributorsAsync(GetContributorsInput input, CancellationToken cancellationToken);

    /// <summary>All the rows behind the number (up to an export limit), for the workbook.</summary>
    Task<IReadOnlyList<ContributorDto>> GetContributorsForExportAsync(GetContributorsInput input, CancellationToken cancellationToken);

    Task<HighTechPathDto> GetHighTechPathAsync(GetDashboardInput input, CancellationToken cancellationToken);
}
