using Incubation.Permissions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Incubation.Certification;

[ApiController]
[Route("api/app/certification-applications")]
[Authorize(IncubationPermissions.Applications.Default)]
public sealed class CertificationApplicationController(ICertificationApplicationAppService applications) : ControllerBase
{
    /// <summary>The board of one kind and batch year: a column per stage with its count and first cards.</summary>
    [HttpGet("pipeline")]
    public Task<IReadOnlyList<PipelineColumnDto>> GetPipelineAsync([FromQuery] GetPipelineInput input, CancellationToken cancellationToken) =>
        applications.GetPipelineAsync(input, cancellationToken);

    [HttpGet("{id:guid}")]
    public Task<CertificationApplicationDto> GetAsync(Guid id, CancellationToken cancellationToken) => applications.GetAsync(id, cancellationToken);

    [HttpGet("~/api/app/enterprises/{enterpriseId:guid}/certification-applications")]
    public Task<IReadOnlyList<CertificationApplicationDto>> GetForEnterpriseAsync(Guid enterpriseId, CancellationToken cancellationToken) =>
        applications.GetForEnterpriseAsync(enterpriseId, cancellationToken);

    [HttpPost]
    [Authorize(IncubationPermissions.Applications.Manage)]
    public Task<CertificationApplicationDto> CreateAsync(CreateApplicationDto input, CancellationToken cancellationToken) =>
        applications.CreateAsync(input, cancellationToken);

    /// <summary>Moves to the next stage; approving needs the certificate number and issue date and records the certificate.</summary>
    [HttpPost("{id:guid}/move")]
    [Authorize(IncubationPermissions.Applications.Manage)]
    public Task<CertificationApplicationDto> MoveAsync(Guid id, MoveApplicationDto input, CancellationToken cancellationToken) =>
        applications.MoveAsync(id, input, cancellationToken);

    [HttpPut("{id:guid}/evidence")]
    [Authorize(IncubationPermissions.Applications.Manage)]
    public Task<CertificationApplicationDto> UpdateEvidenceAsync(Guid id, UpdateEvidenceDto input, CancellationToken cancellationToken) =>
        applications.UpdateEvidenceAsync(id, input, cancellationToken);
}
