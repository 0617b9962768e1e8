using Incubation.Dtos;
using Incubation.Permissions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Incubation.Planning;

/// <summary>The targets dashboard: progress, trend, breakdowns, the rows behind a number, the 高企 path (read only).</summary>
[ApiController]
[Route("api/app/planning")]
[Authorize(IncubationPermissions.Planning.Default)]
public sealed class PlanningController(IPlanningDashboardAppService dashboard, ITargetAppService targets, ContributorsWorkbook workbook, TimeProvider clock)
    : ControllerBase
{
    [HttpGet("dashboard")]
    public Task<DashboardDto> GetAsync([FromQuery] GetDashboardInput input, CancellationToken cancellationToken) =>
        dashboard.GetAsync(input, cancellationToken);

    [HttpGet("trend")]
    public Task<TrendDto> GetTrendAsync([FromQuery] GetDashboardInput input, CancellationToken cancellationToken) =>
        dashboard.GetTrendAsync(input, cancellationToken);

    [HttpGet("breakdown")]
    public Task<IReadOnlyList<BreakdownRowDto>> GetBreakdownAsync([FromQuery] GetBreakdownInput input, CancellationToken cancellationToken) =>
        dashboard.GetBreakdownAsync(input, cancellationToken);

    [HttpGet("contributors")]
    public Task<PagedResultDto<ContributorDto>> GetContributorsAsync([FromQuery] GetContributorsInput input, CancellationToken cancellationToken) =>
        dashboard.GetContributorsAsync(input, cancellationToken);

    /// <summary>The rows behind a number with the drill-down's filters, as an Excel workbook.</summary>
    [HttpGet("contributors/export")]
    [Produces(ContributorsWorkbook.ContentType)]
    public async Task<FileContentResult> ExportContributorsAsync([FromQuery] GetContributorsInput input, CancellationToken cancellationToken)
    {
        var rows = await dashboard.GetContributorsForExportAsync(input, cancellationToken);
        var asOf = input.AsOf ?? ChinaTime.Today(clock);
        return File(await workbook.WriteAsync(input.Indicator, rows, cancellationToken), ContributorsWorkbook.ContentType,
            ContributorsWorkbook.FileName(input.Indicator, asOf));
    }

    [HttpGet("high-tech-path")]
    public Task<HighTechPathDto> GetHighTechPathAsync([FromQuery] GetDashboardInput input, CancellationToken cancellationToken) =>
        dashboard.GetHighTechPathAsync(input, cancellationToken);

    [HttpGet("targets")]
    public Task<IReadOnlyList<TargetDto>> GetTargetsAsync(CancellationToken cancellationToken) =>
        targets.GetListAsync(cancellationToken);

    [HttpPut("targets/{id:guid}")]
    [Authorize(IncubationPermissions.Planning.Targets)]
    public Task<TargetDto> UpdateTargetAsync(Guid id, UpdateTargetDto input, CancellationToken cancellationToken) =>
        targets.UpdateAsync(id, input, cancellationToken);
}
