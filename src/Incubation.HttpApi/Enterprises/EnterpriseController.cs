using Incubation.Dtos;
using Incubation.Permissions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Incubation.Enterprises;

[ApiController]
[Route("api/app/enterprises")]
[Authorize(IncubationPermissions.Enterprises.Default)]
public sealed class EnterpriseController(IEnterpriseAppService enterprises, EnterpriseRegistryWorkbook workbook) : ControllerBase
{
    [HttpGet]
    public Task<PagedResultDto<EnterpriseListItemDto>> GetListAsync([FromQuery] GetEnterpriseListInput input, CancellationToken cancellationToken) =>
        enterprises.GetListAsync(input, cancellationToken);

    /// <summary>The list with its filters and sorting (paging ignored), as an Excel workbook.</summary>
    [HttpGet("export")]
    [Produces(EnterpriseRegistryWorkbook.ContentType)]
    [ProducesResponseType<Stream>(StatusCodes.Status200OK, EnterpriseRegistryWorkbook.ContentType)]
    public async Task<FileStreamResult> ExportAsync([FromQuery] GetEnterpriseListInput input, CancellationToken cancellationToken)
    {
        var rows = await enterprises.GetListForExportAsync(input, cancellationToken);
        return File(await workbook.WriteAsync(rows, cancellationToken), EnterpriseRegistryWorkbook.ContentType, workbook.FileName());
    }

    [HttpGet("{id:guid}")]
    public Task<EnterpriseDto> GetAsync(Guid id, CancellationToken cancellationToken) =>
        enterprises.GetAsync(id, cancellationToken);

    [HttpPost]
    [Authorize(IncubationPermissions.Enterprises.Create)]
    public Task<EnterpriseDto> CreateAsync(CreateEnterpriseDto input, CancellationToken cancellationToken) =>
        enterprises.CreateAsync(input, cancellationToken);

    [HttpPut("{id:guid}")]
    [Authorize(IncubationPermissions.Enterprises.Update)]
    public Task<EnterpriseDto> UpdateAsync(Guid id, UpdateEnterpriseDto input, CancellationToken cancellationToken) =>
        enterprises.UpdateAsync(id, input, cancellationToken);

    [HttpDelete("{id:guid}")]
    [Authorize(IncubationPermissions.Enterprises.Delete)]
    public async Task<NoContentResult> DeleteAsync(Guid id, CancellationToken cancellationToken)
    {
        await enterprises.DeleteAsync(id, cancellationToken);
        return NoContent();
    }
}
