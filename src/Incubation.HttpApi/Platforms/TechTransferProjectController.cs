using Incubation.Dtos;
using Incubation.Permissions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Incubation.Platforms;

[ApiController]
[Route("api/app/tech-transfer-projects")]
[Authorize(IncubationPermissions.Platforms.Default)]
public sealed class TechTransferProjectController(ITechTransferProjectAppService projects, PlatformWorkbook workbook) : ControllerBase
{
    [HttpGet]
    public Task<PagedResultDto<TechTransferProjectDto>> GetListAsync([FromQuery] GetTechTransferProjectListInput input, CancellationToken cancellationToken) =>
        projects.GetListAsync(input, cancellationToken);

    /// <summary>The projects with the list's filters and order, as an Excel workbook.</summary>
    [HttpGet("export")]
    [Produces(PlatformWorkbook.ContentType)]
    public async Task<FileContentResult> ExportAsync([FromQuery] GetTechTransferProjectListInput input, CancellationToken cancellationToken)
    {
        var rows = await projects.GetListForExportAsync(input, cancellationToken);
        return File(await workbook.WriteProjectsAsync(rows, cancellationToken), PlatformWorkbook.ContentType, workbook.ProjectsFileName());
    }

    [HttpGet("{id:guid}")]
    public Task<TechTransferProjectDto> GetAsync(Guid id, CancellationToken cancellationToken) => projects.GetAsync(id, cancellationToken);

    [HttpPost]
    [Authorize(IncubationPermissions.Platforms.Manage)]
    public Task<TechTransferProjectDto> CreateAsync(CreateTechTransferProjectDto input, CancellationToken cancellationToken) =>
        projects.CreateAsync(input, cancellationToken);

    [HttpPut("{id:guid}")]
    [Authorize(IncubationPermissions.Platforms.Manage)]
    public Task<TechTransferProjectDto> UpdateAsync(Guid id, UpdateTechTransferProjectDto input, CancellationToken cancellationToken) =>
        projects.UpdateAsync(id, input, cancellationToken);

    [HttpDelete("{id:guid}")]
    [Authorize(IncubationPermissions.Platforms.Manage)]
    public async Task<NoContentResult> DeleteAsync(Guid id, CancellationToken cancellationToken)
    {
        await projects.DeleteAsync(id, cancellationToken);
        return NoContent();
    }
}
