using Incubation.Dtos;
using Incubation.Permissions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Incubation.Certification;

[ApiController]
[Route("api/app/eligibility/candidates")]
[Authorize(IncubationPermissions.Qualifications.Default)]
public sealed class EligibilityCandidateController(IEligibilityCandidateAppService candidates, CandidateWorkbook workbook) : ControllerBase
{
    /// <summary>Enterprises ranked by the engine's verdict and score for one kind (专精特新 by default), with their top gaps.</summary>
    [HttpGet]
    public Task<PagedResultDto<EligibilityCandidateDto>> GetListAsync([FromQuery] GetEligibilityCandidatesInput input, CancellationToken cancellationToken) =>
        candidates.GetListAsync(input, cancellationToken);

    [HttpGet("export")]
    [Produces(CandidateWorkbook.ContentType)]
    public async Task<FileContentResult> ExportAsync([FromQuery] GetEligibilityCandidatesInput input, CancellationToken cancellationToken)
    {
        var rows = await candidates.GetListForExportAsync(input, cancellationToken);
        return File(await workbook.WriteAsync(input.Kind, rows, cancellationToken), CandidateWorkbook.ContentType, workbook.FileName(input.Kind));
    }

    /// <summary>Recomputes the snapshots now instead of waiting for the nightly run.</summary>
    [HttpPost("refresh")]
    [Authorize(IncubationPermissions.Qualifications.Manage)]
    public Task<EligibilityRefreshResultDto> RefreshAsync(CancellationToken cancellationToken) => candidates.RefreshAsync(cancellationToken);
}
