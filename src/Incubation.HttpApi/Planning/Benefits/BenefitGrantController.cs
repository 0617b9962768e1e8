using Incubation.Permissions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Incubation.Planning.Benefits;

/// <summary>The benefits ledger; filter by enterpriseId for one enterprise's grants.</summary>
[ApiController]
[Route("api/app/benefits")]
[Authorize(IncubationPermissions.Benefits.Default)]
public sealed class BenefitGrantController(IBenefitGrantAppService grants, BenefitLedgerWorkbook workbook) : ControllerBase
{
    [HttpGet]
    public Task<BenefitLedgerPageDto> GetListAsync([FromQuery] GetBenefitGrantListInput input, CancellationToken cancellationToken) =>
        grants.GetListAsync(input, cancellationToken);

    /// <summary>The ledger with the list's filters and order, and its total, as an Excel workbook.</summary>
    [HttpGet("export")]
    [Produces(BenefitLedgerWorkbook.ContentType)]
    public async Task<FileContentResult> ExportAsync([FromQuery] GetBenefitGrantListInput input, CancellationToken cancellationToken)
    {
        var rows = await grants.GetListForExportAsync(input, cancellationToken);
        return File(await workbook.WriteAsync(rows, cancellationToken), BenefitLedgerWorkbook.ContentType, workbook.FileName());
    }

    [HttpGet("{id:guid}")]
    public Task<BenefitGrantDto> GetAsync(Guid id, CancellationToken cancellationToken) => grants.GetAsync(id, cancellationToken);

    [HttpPost]
    [Authorize(IncubationPermissions.Benefits.Manage)]
    public Task<BenefitGrantDto> CreateAsync(CreateBenefitGrantDto input, CancellationToken cancellationToken) =>
        grants.CreateAsync(input, cancellationToken);

    /// <summary>Changes a grant; a stale concurrencyStamp gets 409.</summary>
    [HttpPut("{id:guid}")]
    [Authorize(IncubationPermissions.Benefits.Manage)]
    public Task<BenefitGrantDto> UpdateAsync(Guid id, UpdateBenefitGrantDto input, CancellationToken cancellationToken) =>
        grants.UpdateAsync(id, input, cancellationToken);

    [HttpDelete("{id:guid}")]
    [Authorize(IncubationPermissions.Benefits.Manage)]
    public async Task<NoContentResult> DeleteAsync(Guid id, CancellationToken cancellationToken)
    {
        await grants.DeleteAsync(id, cancellationToken);
        return NoContent();
    }
}
