using Incubation.Permissions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Incubation.Planning.Reports;

[ApiController]
[Route("api/app/reports/semi-annual")]
[Authorize(IncubationPermissions.Reports.Default)]
public sealed class SemiAnnualReportController(ISemiAnnualReportAppService reports, SemiAnnualReportWorkbook workbook) : ControllerBase
{
    /// <summary>The half-year's report: as issued, or its live draft (district-wide readers only).</summary>
    [HttpGet]
    public Task<SemiAnnualReportDto> GetAsync([FromQuery] GetSemiAnnualReportInput input, CancellationToken cancellationToken) =>
        reports.GetAsync(input, cancellationToken);

    [HttpGet("issued")]
    public Task<IReadOnlyList<IssuedReportDto>> GetIssuedListAsync(CancellationToken cancellationToken) =>
        reports.GetIssuedListAsync(cancellationToken);

    /// <summary>Issues the report of a half-year that has ended: its content is stored and never changes again.</summary>
    [HttpPost("issue")]
    [Authorize(IncubationPermissions.Reports.Issue)]
    public Task<SemiAnnualReportDto> IssueAsync(IssueSemiAnnualReportDto input, CancellationToken cancellationToken) =>
        reports.IssueAsync(input, cancellationToken);

    /// <summary>The report as an Excel workbook, one sheet per section, in the user's language.</summary>
    [HttpGet("export")]
    [Produces(SemiAnnualReportWorkbook.ContentType)]
    public async Task<FileContentResult> ExportAsync([FromQuery] GetSemiAnnualReportInput input, CancellationToken cancellationToken)
    {
        var report = await reports.GetAsync(input, cancellationToken);
        return File(await workbook.WriteAsync(report, cancellationToken), SemiAnnualReportWorkbook.ContentType, SemiAnnualReportWorkbook.FileName(report));
    }
}
