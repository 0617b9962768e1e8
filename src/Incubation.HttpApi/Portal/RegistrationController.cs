using Incubation.Permissions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;

namespace Incubation.Portal;

/// <summary>The public sign-up of enterprises (no login), and the applicant's own status.</summary>
[ApiController]
[Route("api/portal/registration")]
public sealed class RegistrationController(IRegistrationAppService registrations, CreditCodeThrottle throttle) : ControllerBase
{
    /// <summary>The name of the per-address rate-limit policy of the anonymous account endpoints.</summary>
    public const string RateLimitPolicy = "registration";

    [HttpGet("challenge")]
    [AllowAnonymous]
    public RegistrationChallengeDto GetChallenge() => registrations.CreateChallenge();

    /// <summary>Accepted, with the same answer for a new code and for one already registered.</summary>
    [HttpPost]
    [AllowAnonymous]
    [EnableRateLimiting(RateLimitPolicy)]
    [ProducesResponseType(StatusCodes.Status202Accepted)]
    public async Task<ActionResult<RegistrationReceiptDto>> RegisterAsync(RegisterEnterpriseDto input, CancellationToken cancellationToken)
    {
        if (!throttle.TryAcquire(input.UnifiedSocialCreditCode ?? string.Empty))
        {
            throw new BusinessException(IncubationErrorCodes.RegistrationRateLimited, StatusCodes.Status429TooManyRequests);
        }

        return Accepted(await registrations.RegisterAsync(input, cancellationToken));
    }

    [HttpPost("confirm-email")]
    [AllowAnonymous]
    [EnableRateLimiting(RateLimitPolicy)]
    [ProducesResponseType(StatusCodes.Status204NoContent)]
    public async Task<IActionResult> ConfirmEmailAsync(ConfirmEmailDto input, CancellationToken cancellationToken)
    {
        await registrations.ConfirmEmailAsync(input, cancellationToken);
        return NoContent();
    }

    [HttpPost("set-password")]
    [AllowAnonymous]
    [EnableRateLimiting(RateLimitPolicy)]
    [ProducesResponseType(StatusCodes.Status204NoContent)]
    public async Task<IActionResult> SetPasswordAsync(SetPasswordDto input, CancellationToken cancellationToken)
    {
        await registrations.SetPasswordAsync(input, cancellationToken);
        return NoContent();
    }

    /// <summary>The caller's own registration; 204 when they never registered themselves.</summary>
    [HttpGet("mine")]
    [Authorize]
    [ProducesResponseType(StatusCodes.Status200OK)]
    [ProducesResponseType(StatusCodes.Status204NoContent)]
    public async Task<ActionResult<MyRegistrationDto>> GetMineAsync(CancellationToken cancellationToken) =>
        await registrations.GetMineAsync(cancellationToken) is { } mine ? mine : NoContent();
}

/// <summary>The bureau's verification of registrations and claims.</summary>
[ApiController]
[Route("api/app/registrations")]
[Authorize(IncubationPermissions.Registrations.Default)]
public sealed class RegistrationReviewController(IRegistrationReviewAppService reviews) : ControllerBase
{
    [HttpGet]
    public Task<Dtos.PagedResultDto<RegistrationRequestDto>> GetListAsync([FromQuery] GetRegistrationsInput input, CancellationToken cancellationToken) =>
        reviews.GetListAsync(input, cancellationToken);

    [HttpPost("{id:guid}/approve")]
    [Authorize(IncubationPermissions.Registrations.Verify)]
    public Task<RegistrationRequestDto> ApproveAsync(Guid id, ApproveReviewDto input, CancellationToken cancellationToken) =>
        reviews.ApproveAsync(id, input, cancellationToken);

    [HttpPost("{id:guid}/reject")]
    [Authorize(IncubationPermissions.Registrations.Verify)]
    public Task<RegistrationRequestDto> RejectAsync(Guid id, RejectReviewDto input, CancellationToken cancellationToken) =>
        reviews.RejectAsync(id, input, cancellationToken);
}
