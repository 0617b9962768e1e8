using Incubation.Permissions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Incubation.Certification;

[ApiController]
[Route("api/app/enterprises/{enterpriseId:guid}")]
[Authorize(IncubationPermissions.Qualifications.Default)]
public sealed class QualificationController(IQualificationAppService qualifications) : ControllerBase
{
    [HttpGet("qualifications")]
    public Task<IReadOnlyList<QualificationDto>> GetListAsync(Guid enterpriseId, CancellationToken cancellationToken) =>
        qualifications.GetListAsync(enterpriseId, cancellationToken);

    [HttpPost("qualifications")]
    [Authorize(IncubationPermissions.Qualifications.Manage)]
    public Task<QualificationDto> CreateAsync(Guid enterpriseId, CreateQualificationDto input, CancellationToken cancellationToken) =>
        qualifications.CreateAsync(enterpriseId, input, cancellationToken);

    [HttpDelete("qualifications/{id:guid}")]
    [Authorize(IncubationPermissions.Qualifications.Manage)]
    public async Task<NoContentResult> DeleteAsync(Guid enterpriseId, Guid id, CancellationToken cancellationToken)
    {
        await qualifications.DeleteAsync(enterpriseId, id, cancellationToken);
        return NoContent();
    }

    /// <summary>The enterprise's rung on both ladders on a date (today by default), derived from its qualifications.</summary>
    [HttpGet("ladders")]
    public Task<LadderDto> GetLaddersAsync(Guid enterpriseId, [FromQuery] DateOnly? asOf, CancellationToken cancellationToken) =>
        qualifications.GetLaddersAsync(enterpriseId, asOf, cancellationToken);
}
