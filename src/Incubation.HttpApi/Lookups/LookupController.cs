using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Incubation.Lookups;

/// <summary>Reference lists; any signed-in user.</summary>
[ApiController]
[Route("api/app/lookups")]
[Authorize]
public sealed class LookupController(ILookupAppService lookups) : ControllerBase
{
    [HttpGet("sub-districts")]
    public Task<IReadOnlyList<SubDistrictDto>> GetSubDistrictsAsync(CancellationToken cancellationToken) =>
        lookups.GetSubDistrictsAsync(cancellationToken);

    [HttpGet("tech-fields")]
    public Task<IReadOnlyList<TechFieldDto>> GetTechFieldsAsync(CancellationToken cancellationToken) =>
        lookups.GetTechFieldsAsync(cancellationToken);

    [HttpGet("officers")]
    [Authorize(Permissions.IncubationPermissions.Cultivation.Default)]
    public Task<IReadOnlyList<OfficerLookupDto>> GetOfficersAsync(CancellationToken cancellationToken) =>
        lookups.GetOfficersAsync(cancellationToken);

    [HttpGet("responsible-units")]
    public Task<IReadOnlyList<ResponsibleUnitLookupDto>> GetResponsibleUnitsAsync(CancellationToken cancellationToken) =>
        lookups.GetResponsibleUnitsAsync(cancellationToken);

    [HttpGet("incubators")]
    public Task<IReadOnlyList<IncubatorLookupDto>> GetIncubatorsAsync(CancellationToken cancellationToken) =>
        lookups.GetIncubatorsAsync(cancellationToken);
}
