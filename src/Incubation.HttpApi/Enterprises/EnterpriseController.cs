using Incubation.Dtos;
using Incubation.Permissions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Incubation.Enterprises;

[ApiController]
[Route("api/app/enterprises")]
[Authorize(IncubationPermissions.Enterprises.Default)]
public sealed class EnterpriseController(IEnterpriseAppService enterprises) : ControllerBase
{
    [HttpGet]
    public Task<PagedResultDto<EnterpriseListItemDto>> GetListAsync([FromQuery] GetEnterpriseListInput input, CancellationToken cancellationToken) =>
        enterprises.GetListAsync(input, cancellationToken);

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
