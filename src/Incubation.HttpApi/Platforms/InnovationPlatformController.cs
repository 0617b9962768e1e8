using Incubation.Dtos;
using Incubation.Permissions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Incubation.Platforms;

[ApiController]
[Route("api/app/platforms")]
[Authorize(IncubationPermissions.Platforms.Default)]
public sealed class InnovationPlatformController(IInnovationPlatformAppService platforms, PlatformWorkbook workbook) : ControllerBase
{
    [HttpGet]
    public Task<PagedResultDto<InnovationPlatformDto>> GetListAsync([FromQuery] GetInnovationPlatformListInput input, CancellationToken cancellationToken) =>
        platforms.GetListAsync(input, cancellationToken);

    /// <summary>The register with the list's filters and order, as an Excel workbook.</summary>
    [HttpGet("export")]
    [Produces(PlatformWorkbook.ContentType)]
    public async Task<FileContentResult> ExportAsync([FromQuery] GetInnovationPlatformListInput input, CancellationToken cancellationToken)
    {
        var rows = await platforms.GetListForExportAsync(input, cancellationToken);
        return File(await workbook.WritePlatformsAsync(rows, cancellationToken), PlatformWorkbook.ContentType, workbook.PlatformsFileName());
    }

    [HttpGet("{id:guid}")]
    public Task<InnovationPlatformDto> GetAsync(Guid id, CancellationToken cancellationToken) => platforms.GetAsync(id, cancellationToken);

    [HttpPost]
    [Authorize(IncubationPermissions.Platforms.Manage)]
    public Task<InnovationPlatformDto> CreateAsync(CreateInnovationPlatformDto input, CancellationToken cancellationToken) =>
        platforms.CreateAsync(input, cancellationToken);

    /// <summary>Changes a platform; a stale concurrencyStamp gets 409.</summary>
    [HttpPut("{id:guid}")]
    [Authorize(IncubationPermissions.Platforms.Manage)]
    public Task<InnovationPlatformDto> UpdateAsync(Guid id, UpdateInnovationPlatformDto input, CancellationToken cancellationToken) =>
        platforms.UpdateAsync(id, input, cancellationToken);

    [HttpDelete("{id:guid}")]
    [Authorize(IncubationPermissions.Platforms.Manage)]
    public async Task<NoContentResult> DeleteAsync(Guid id, CancellationToken cancellationToken)
    {
        await platforms.DeleteAsync(id, cancellationToken);
        return NoContent();
    }
}
