using Incubation.Dtos;
using Incubation.Permissions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Incubation.Certification;

[ApiController]
[Route("api/app/recertifications")]
[Authorize(IncubationPermissions.Qualifications.Default)]
public sealed class RecertificationController(IRecertificationAppService recertifications, CandidateWorkbook workbook) : ControllerBase
{
    /// <summary>高企 certificates expiring in a year (this year by default), soonest first.</summary>
    [HttpGet]
    public Task<PagedResultDto<RecertificationItemDto>> GetListAsync([FromQuery] GetRecertificationListInput input, CancellationToken cancellationToken) =>
        recertifications.GetListAsync(input, cancellationToken);

    [HttpGet("export")]
    [Produces(CandidateWorkbook.ContentType)]
    public async Task<FileContentResult> ExportAsync([FromQuery] GetRecertificationListInput input, CancellationToken cancellationToken)
    {
        var rows = await recertifications.GetListForExportAsync(input, cancellationToken);
        return File(await workbook.WriteRecertificationsAsync(rows, cancellationToken), CandidateWorkbook.ContentType, workbook.RecertificationFileName());
    }
}
