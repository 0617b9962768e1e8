using Incubation.Dtos;
using Incubation.Permissions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Incubation.Platforms;

/// <summary>Incubators with their targets and counts; the plain name list for forms is api/app/lookups/incubators.</summary>
[ApiController]
[Route("api/app/incubators")]
[Authorize(IncubationPermissions.Platforms.Default)]
public sealed class IncubatorController(IIncubatorAppService incubators, PlatformWorkbook workbook) : ControllerBase
{
    [HttpGet]
    public Task<PagedResultDto<IncubatorDto>> GetListAsync([FromQuery] GetIncubatorListInput input, CancellationToken cancellationToken) =>
        incubators.GetListAsync(input, cancellationToken);

    /// <summary>The incubators with their counts and targets, with the list's filters and order, as an Excel workbook.</summary>
    [HttpGet("export")]
    [Produces(PlatformWorkbook.ContentType)]
    public async Task<FileContentResult> ExportAsync([FromQuery] GetIncubatorListInput input, CancellationToken cancellationToken)
    {
        var rows = await incubators.GetListForExportAsync(input, cancellationToken);
        return File(await workbook.WriteIncubatorsAsync(rows, cancellationToken), PlatformWorkbook.ContentType, workbook.IncubatorsFileName());
    }

    [HttpGet("{id:guid}")]
    public Task<IncubatorDto> GetAsync(Guid id, CancellationToken cancellationToken) => incubators.GetAsync(id, cancellationToken);

    [HttpPost]
    [Authorize(IncubationPermissions.Platforms.Manage)]
    public Task<IncubatorDto> CreateAsync(CreateIncubatorDto input, CancellationToken cancellationToken) =>
        incubators.CreateAsync(input, cancellationToken);

    [HttpPut("{id:guid}")]
    [Authorize(IncubationPermissions.Platforms.Manage)]
    public Task<IncubatorDto> UpdateAsync(Guid id, UpdateIncubatorDto input, CancellationToken cancellationToken) =>
        incubators.UpdateAsync(id, input, cancellationToken);
}
