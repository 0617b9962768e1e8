using Incubation.Permissions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Incubation.Portal;

/// <summary>The enterprise user's own record and colleagues; no enterprise id is taken from the caller.</summary>
[ApiController]
[Route("api/portal")]
[Authorize(IncubationPermissions.Portal.Default)]
public sealed class PortalController(IPortalProfileAppService profile, IColleagueAppService colleagues) : ControllerBase
{
    [HttpGet("profile")]
    public Task<PortalProfileDto> GetProfileAsync(CancellationToken cancellationToken) => profile.GetAsync(cancellationToken);

    [HttpPut("profile")]
    public Task<PortalProfileDto> UpdateProfileAsync(UpdatePortalProfileDto input, CancellationToken cancellationToken) =>
        profile.UpdateAsync(input, cancellationToken);

    [HttpGet("colleagues")]
    public Task<IReadOnlyList<ColleagueDto>> GetColleaguesAsync(CancellationToken cancellationToken) => colleagues.GetListAsync(cancellationToken);

    [HttpPost("colleagues")]
    public Task<ColleagueDto> InviteColleagueAsync(InviteColleagueDto input, CancellationToken cancellationToken) =>
        colleagues.InviteAsync(input, cancellationToken);

    [HttpDelete("colleagues/{id:guid}")]
    [ProducesResponseType(StatusCodes.Status204NoContent)]
    public async Task<IActionResult> RemoveColleagueAsync(Guid id, CancellationToken cancellationToken)
    {
        await colleagues.RemoveAsync(id, cancellationToken);
        return NoContent();
    }
}

/// <summary>The bureau's review of key-field changes of enterprises.</summary>
[ApiController]
[Route("api/app/profile-changes")]
[Authorize(IncubationPermissions.Registrations.Default)]
public sealed class ProfileChangeController(IProfileChangeReviewAppService reviews) : ControllerBase
{
    [HttpGet]
    public Task<Dtos.PagedResultDto<ProfileChangeDto>> GetListAsync([FromQuery] GetProfileChangesInput input, CancellationToken cancellationToken) =>
        reviews.GetListAsync(input, cancellationToken);

    [HttpPost("{id:guid}/approve")]
    [Authorize(IncubationPermissions.Registrations.Verify)]
    public Task<ProfileChangeDto> ApproveAsync(Guid id, ApproveReviewDto input, CancellationToken cancellationToken) =>
        reviews.ApproveAsync(id, input, cancellationToken);

    [HttpPost("{id:guid}/reject")]
    [Authorize(IncubationPermissions.Registrations.Verify)]
    public Task<ProfileChangeDto> RejectAsync(Guid id, RejectReviewDto input, CancellationToken cancellationToken) =>
        reviews.RejectAsync(id, input, cancellationToken);
}
