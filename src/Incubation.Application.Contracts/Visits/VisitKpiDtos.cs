namespace Incubation.Visits;

public sealed class GetVisitKpiInput
{
    public DateOnly? From { get; set; }
    public DateOnly? To { get; set; }
    public string? SubDistrictCode { get; set; }
}

public sealed record NeedKpiDto(
    int Collected,
    int Closed,
    int Unresolvable,
    int Overdue,
    int Returned,
    decimal? ClosureRate,
    decimal? AverageDaysToClose,
    decimal? AverageSatisfaction);

public sealed record UnitKpiDto(Guid ResponsibleUnitId, string ResponsibleUnitName, NeedKpiDto Needs);

/// <summary>An officer's coverage this year: distinct enterprises of theirs visited / enterprises assigned.</summary>
public sealed record OfficerCoverageDto(Guid OfficerId, string DisplayName, int Assigned, int Visited, decimal? Coverage, bool MeetsTarget);

public sealed record VisitKpiDto(
    DateOnly From,
    DateOnly To,
    int Visits,
    int EnterprisesVisited,
    decimal CoverageTarget,
    NeedKpiDto Needs,
    IReadOnlyList<UnitKpiDto> Units,
    IReadOnlyList<OfficerCoverageDto> Officers);
