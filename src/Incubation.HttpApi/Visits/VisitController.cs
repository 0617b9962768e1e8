using Incubation.Dtos;
using Incubation.Permissions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Incubation.Visits;

[ApiController]
[Route("api/app/visits")]
[Authorize(IncubationPermissions.Visits.Default)]
public sealed class VisitController(IVisitAppService visits, IVisitKpiAppService kpis, VisitLedgerWorkbook workbook) : ControllerBase
{
    [HttpGet]
    public Task<PagedResultDto<VisitListItemDto>> GetListAsync([FromQuery] GetVisitListInput input, CancellationToken cancellationToken) =>
        visits.GetListAsync(input, cancellationToken);

    /// <summary>The visit ledger (走访台账) with the list's filters, as an Excel workbook.</summary>
    [HttpGet("export")]
    [Produces(VisitLedgerWorkbook.ContentType)]
    public async Task<FileContentResult> ExportAsync([FromQuery] GetVisitListInput input, CancellationToken cancellationToken)
    {
        var rows = await visits.GetListForExportAsync(input, cancellationToken);
        return File(await workbook.WriteVisitsAsync(rows, cancellationToken), VisitLedgerWorkbook.ContentType, workbook.VisitsFileName());
    }

    [HttpGet("{id:guid}")]
    public Task<VisitDto> GetAsync(Guid id, CancellationToken cancellationToken) => visits.GetAsync(id, cancellationToken);

    /// <summary>Logs a visit with its needs; the same clientRequestId answers the visit it already created.</summary>
    [HttpPost]
    [Authorize(IncubationPermissions.Visits.Create)]
    public Task<VisitDto> CreateAsync(CreateVisitDto input, CancellationToken cancellationToken) => visits.CreateAsync(input, cancellationToken);

    [HttpGet("policy-topics")]
    public Task<IReadOnlyList<PolicyTopicDto>> GetPolicyTopicsAsync(CancellationToken cancellationToken) =>
        visits.GetPolicyTopicsAsync(cancellationToken);

    [HttpGet("officer-options")]
    [Authorize(IncubationPermissions.Visits.Create)]
    public Task<IReadOnlyList<OfficerOptionDto>> GetOfficerOptionsAsync(CancellationToken cancellationToken) =>
        visits.GetOfficerOptionsAsync(cancellationToken);

    [HttpGet("kpis")]
    public Task<VisitKpiDto> GetKpisAsync([FromQuery] GetVisitKpiInput input, CancellationToken cancellationToken) =>
        kpis.GetAsync(input, cancellationToken);

    [HttpGet("/api/app/enterprises/{enterpriseId:guid}/visit-timeline")]
    public Task<IReadOnlyList<EnterpriseTimelineItemDto>> GetEnterpriseTimelineAsync(Guid enterpriseId, CancellationToken cancellationToken) =>
        visits.GetEnterpriseTimelineAsync(enterpriseId, cancellationToken);
}
