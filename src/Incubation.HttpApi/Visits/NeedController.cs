using Incubation.Dtos;
using Incubation.Permissions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Incubation.Visits;

[ApiController]
[Route("api/app/needs")]
[Authorize(IncubationPermissions.Needs.Default)]
public sealed class NeedController(INeedAppService needs, VisitLedgerWorkbook workbook) : ControllerBase
{
    [HttpGet]
    public Task<PagedResultDto<NeedListItemDto>> GetListAsync([FromQuery] GetNeedListInput input, CancellationToken cancellationToken) =>
        needs.GetListAsync(input, cancellationToken);

    /// <summary>The needs ledger (诉求台账) with the list's filters, as an Excel workbook.</summary>
    [HttpGet("export")]
    [Produces(VisitLedgerWorkbook.ContentType)]
    public async Task<FileContentResult> ExportAsync([FromQuery] GetNeedListInput input, CancellationToken cancellationToken)
    {
        var rows = await needs.GetListForExportAsync(input, cancellationToken);
        return File(await workbook.WriteNeedsAsync(rows, cancellationToken), VisitLedgerWorkbook.ContentType, workbook.NeedsFileName());
    }

    [HttpGet("board")]
    public Task<IReadOnlyList<NeedBoardColumnDto>> GetBoardAsync([FromQuery] GetNeedBoardInput input, CancellationToken cancellationToken) =>
        needs.GetBoardAsync(input, cancellationToken);

    [HttpGet("{id:guid}")]
    public Task<NeedDto> GetAsync(Guid id, CancellationToken cancellationToken) => needs.GetAsync(id, cancellationToken);

    [HttpPost]
    [Authorize(IncubationPermissions.Needs.Create)]
    public Task<NeedDto> CreateAsync(CreateNeedDto input, CancellationToken cancellationToken) => needs.CreateAsync(input, cancellationToken);

    /// <summary>One step of the closed loop (accept, start, resolve, confirm, reopen, transfer, unresolvable…).</summary>
    [HttpPost("{id:guid}/actions")]
    public Task<NeedDto> ActAsync(Guid id, NeedActionDto input, CancellationToken cancellationToken) => needs.ActAsync(id, input, cancellationToken);
}
