using FluentValidation;
using Incubation.Data;
using Incubation.Dtos;
using Incubation.Incubators;
using Incubation.Lookups;
using Incubation.Permissions;
using Microsoft.EntityFrameworkCore;

namespace Incubation.Planning;

/// <summary>
/// The "five doublings" dashboard: each indicator against its target, its half-year trend, breakdowns, and the rows
/// behind any number. Every figure comes from <see cref="IndicatorContributions"/> within the caller's data scope.
/// </summary>
public sealed class PlanningDashboardAppService(
    IndicatorContributions contributions,
    IIndicatorCalculator calculator,
    HighTechPathQueries highTechPath,
    IRepository<Target> targets,
    IRepository<SubDistrict> subDistricts,
    IRepository<Incubator> incubators,
    IPermissionChecker permissions,
    TimeProvider clock,
    IValidator<GetDashboardInput> dashboardValidator,
    IValidator<GetBreakdownInput> breakdownValidator,
    IValidator<GetContributorsInput> contributorsValidator) : IPlanningDashboardAppService
{
    /// <summary>Projections fit the last two years of half-year points: long enough to smooth, short enough to follow.</summary>
    private const int ProjectionPoints = 4;

    public const int MaxExportRows = 20_000;

    public async Task<DashboardDto> GetAsync(GetDashboardInput input, CancellationToken cancellationToken)
    {
        var asOf = await CheckAsync(input, cancellationToken);
        var targetsByIndicator = await targets.Query().AsNoTracking().ToDictionaryAsync(t => t.Indicator, cancellationToken);
        var rows = new List<IndicatorProgressDto>();
        foreach (var indicator in Enum.GetValues<Indicator>())
        {
            targetsByIndicator.TryGetValue(indicator, out var target);
            var value = await calculator.ComputeAsync(indicator, asOf, cancellationToken);
            var trend = new List<TrendPoint>();
            foreach (var date in HalfYearEnds.Before(asOf, ProjectionPoints))
            {
                trend.Add(new TrendPoint(date, await calculator.ComputeAsync(indicator, date, cancellationToken)));
            }

            trend.Add(new TrendPoint(asOf, value));
            var adjustment = indicator == Indicator.HighTechEnterprises && target is not null
                ? -await highTechPath.CountLapsingWithoutRenewalAsync(asOf, TargetPath.YearEnd(target.TargetYear), cancellationToken)
                : 0;
            var shape = IndicatorDefinitions.ShapeOf(indicator);
            var reading = TargetPath.Read(target, shape, asOf, value, trend, adjustment);
            rows.Add(new IndicatorProgressDto(
                indicator, IndicatorDefinitions.UnitOf(indicator), shape, value,
                target?.BaselineYear, target?.BaselineValue, target?.TargetYear, target?.TargetValue,
                reading.Expected, reading.Status, reading.Projected, reading.Warning, IndicatorDefinitions.CountsEnterprises(indicator)));
        }

        return new DashboardDto(asOf, rows);
    }

    public async Task<TrendDto> GetTrendAsync(GetDashboardInput input, CancellationToken cancellationToken)
    {
        var asOf = await CheckAsync(input, cancellationToken);
        var firstBaseline = await targets.Query().MinAsync(t => t.BaselineYear, cancellationToken) ?? asOf.Year - 1;
        var dates = HalfYearEnds.Since(TargetPath.YearEnd(firstBaseline), asOf).Append(asOf).ToList();
        var series = new List<TrendSeriesDto>();
        foreach (var indicator in Enum.GetValues<Indicator>())
        {
            var values = new List<decimal>();
            foreach (var date in dates)
            {
                values.Add(await calculator.ComputeAsync(indicator, date, cancellationToken));
            }

            series.Add(new TrendSeriesDto(indicator, values));
        }

        return new TrendDto(dates, series);
    }

    public async Task<IReadOnlyList<BreakdownRowDto>> GetBreakdownAsync(GetBreakdownInput input, CancellationToken cancellationToken)
    {
        await permissions.CheckAsync(IncubationPermissions.Planning.Default, cancellationToken);
        await breakdownValidator.ValidateAndThrowAsync(input, cancellationToken);
        var rows = contributions.For(input.Indicator, AsOf(input.AsOf));
        if (input.By == BreakdownDimension.SubDistrict)
        {
            var sums = await rows.GroupBy(c => c.SubDistrictCode)
                .Select(g => new { g.Key, Value = g.Sum(c => c.Value) })
                .ToListAsync(cancellationToken);
            var codes = sums.Select(s => s.Key).ToList();
            var names = await subDistricts.Query().Where(s => codes.Contains(s.Code)).ToDictionaryAsync(s => s.Code, s => s.Name, cancellationToken);
            return sums.Select(s => new BreakdownRowDto(s.Key, names.GetValueOrDefault(s.Key, s.Key), s.Value))
                .OrderByDescending(r => r.Value).ThenBy(r => r.Key, StringComparer.Ordinal).ToList();
        }

        var byIncubator = await rows.GroupBy(c => c.IncubatorId)
            .Select(g => new { g.Key, Value = g.Sum(c => c.Value) })
            .ToListAsync(cancellationToken);
        var ids = byIncubator.Where(s => s.Key != null).Select(s => s.Key!.Value).ToList();
        var incubatorNames = await incubators.Query().Where(i => ids.Contains(i.Id)).ToDictionaryAsync(i => i.Id, i => i.Name, cancellationToken);
        return byIncubator.Select(s => new BreakdownRowDto(
                s.Key?.ToString() ?? string.Empty,
                s.Key is { } id ? incubatorNames.GetValueOrDefault(id, string.Empty) : string.Empty,
                s.Value))
            .OrderByDescending(r => r.Value).ThenBy(r => r.Key, StringComparer.Ordinal).ToList();
    }

    public async Task<PagedResultDto<ContributorDto>> GetContributorsAsync(GetContributorsInput input, CancellationToken cancellationToken)
    {
        await permissions.CheckAsync(IncubationPermissions.Planning.Default, cancellationToken);
        await contributorsValidator.ValidateAndThrowAsync(input, cancellationToken);
        var rows = Contributors(input);
        var total = await rows.CountAsync(cancellationToken);
        var page = await rows.Skip(input.SkipCount).Take(input.MaxResultCount).ToListAsync(cancellationToken);
        return new PagedResultDto<ContributorDto>(total, await NameAsync(page, cancellationToken));
    }

    public async Task<IReadOnlyList<ContributorDto>> GetContributorsForExportAsync(GetContributorsInput input, CancellationToken cancellationToken)
    {
        await permissions.CheckAsync(IncubationPermissions.Planning.Default, cancellationToken);
        input.SkipCount = 0;
        input.MaxResultCount = 1;
        await contributorsValidator.ValidateAndThrowAsync(input, cancellationToken);
        var rows = await Contributors(input).Take(MaxExportRows).ToListAsync(cancellationToken);
        return await NameAsync(rows, cancellationToken);
    }

    /// <summary>The rows behind a number, narrowed to a sub-district or incubator, largest first.</summary>
    private IQueryable<Contribution> Contributors(GetContributorsInput input)
    {
        var rows = contributions.For(input.Indicator, AsOf(input.AsOf));
        if (!string.IsNullOrEmpty(input.SubDistrictCode))
        {
            rows = rows.Where(c => c.SubDistrictCode == input.SubDistrictCode);
        }

        if (input.IncubatorId is { } incubatorId)
        {
            rows = rows.Where(c => c.IncubatorId == incubatorId);
        }
        else if (input.WithoutIncubator)
        {
            rows = rows.Where(c => c.IncubatorId == null);
        }

        return rows.OrderByDescending(c => c.Value).ThenBy(c => c.Name).ThenBy(c => c.Id);
    }

    /// <summary>Adds sub-district and incubator names, looked up for the rows at hand only.</summary>
    private async Task<IReadOnlyList<ContributorDto>> NameAsync(IReadOnlyList<Contribution> rows, CancellationToken cancellationToken)
    {
        var codes = rows.Select(c => c.SubDistrictCode).Distinct().ToList();
        var districtNames = await subDistricts.Query().Where(s => codes.Contains(s.Code)).ToDictionaryAsync(s => s.Code, s => s.Name, cancellationToken);
        var ids = rows.Where(c => c.IncubatorId != null).Select(c => c.IncubatorId!.Value).Distinct().ToList();
        var incubatorNames = await incubators.Query().Where(i => ids.Contains(i.Id)).ToDictionaryAsync(i => i.Id, i => i.Name, cancellationToken);
        return rows.Select(c => new ContributorDto(
            c.Id, c.Name, c.EnterpriseId,
            districtNames.GetValueOrDefault(c.SubDistrictCode),
            c.IncubatorId is { } id ? incubatorNames.GetValueOrDefault(id) : null,
            c.Value, c.FiscalYear, c.Date)).ToList();
    }

    public async Task<HighTechPathDto> GetHighTechPathAsync(GetDashboardInput input, CancellationToken cancellationToken)
    {
        var asOf = await CheckAsync(input, cancellationToken);
        var target = await targets.Query().AsNoTracking().FirstOrDefaultAsync(t => t.Indicator == Indicator.HighTechEnterprises, cancellationToken);
        var current = await calculator.ComputeAsync(Indicator.HighTechEnterprises, asOf, cancellationToken);
        var lapsing = target is null ? 0 : await highTechPath.CountLapsingWithoutRenewalAsync(asOf, TargetPath.YearEnd(target.TargetYear), cancellationToken);
        decimal? needed = target is null ? null : Math.Max(0, target.TargetValue - current + lapsing);
        var candidates = await highTechPath.ClosestCandidatesAsync(asOf, cancellationToken);
        return new HighTechPathDto(asOf, current, target?.TargetYear, target?.TargetValue, lapsing, needed, candidates);
    }

    private async Task<DateOnly> CheckAsync(GetDashboardInput input, CancellationToken cancellationToken)
    {
        await permissions.CheckAsync(IncubationPermissions.Planning.Default, cancellationToken);
        await dashboardValidator.ValidateAndThrowAsync(input, cancellationToken);
        return AsOf(input.AsOf);
    }

    private DateOnly AsOf(DateOnly? asOf) => asOf ?? ChinaTime.Today(clock);
}
