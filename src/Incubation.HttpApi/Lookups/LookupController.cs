using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Incubation.Lookups;

/// <summary>Reference lists; any signed-in user, and the public sign-up form for sub-districts and tech fields.</summary>
[ApiController]
[Route("api/app/lookups")]
[Authorize]
public sealed class LookupController(ILookupAppService lookups) : ControllerBase
{
    [HttpGet("sub-districts")]
    [AllowAnonymous]
    public Task<IReadOnlyList<SubDistrictDto>> GetSubDistrictsAsync(CancellationToken cancellationToken) =>
        lookups.GetSubDistrictsAsync(cancellationToken);

    [HttpGet("tech-fields")]
    [AllowAnonymous]
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
