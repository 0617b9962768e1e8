using Incubation.Permissions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Incubation.Certification;

[ApiController]
[Authorize]
public sealed class EligibilityController(IEligibilityAppService eligibility) : ControllerBase
{
    /// <summary>What-if or self-assessment: evaluates the given facts as of a date. Stores nothing.</summary>
    [HttpPost("api/app/eligibility/assess")]
    public Task<EligibilityResultDto> AssessAsync(AssessEligibilityInput input, CancellationToken cancellationToken) =>
        eligibility.AssessAsync(input, cancellationToken);

    /// <summary>The rule sets the engine knows, by kind and effective period.</summary>
    [HttpGet("api/app/eligibility/rule-sets")]
    public Task<IReadOnlyList<RuleSetDto>> GetRuleSetsAsync(CancellationToken cancellationToken) =>
        eligibility.GetRuleSetsAsync(cancellationToken);

    /// <summary>The enterprise's verified data assessed as of a date (today by default); the run is stored.</summary>
    [HttpGet("api/app/enterprises/{enterpriseId:guid}/eligibility")]
    [Authorize(IncubationPermissions.Qualifications.Default)]
    public Task<EnterpriseEligibilityDto> GetForEnterpriseAsync(
        Guid enterpriseId, [FromQuery] GetEnterpriseEligibilityInput input, CancellationToken cancellationToken) =>
        eligibility.GetForEnterpriseAsync(enterpriseId, input, cancellationToken);

    [HttpGet("api/app/enterprises/{enterpriseId:guid}/eligibility-profile")]
    [Authorize(IncubationPermissions.Qualifications.Default)]
    public Task<EligibilityProfileDto> GetProfileAsync(Guid enterpriseId, CancellationToken cancellationToken) =>
        eligibility.GetProfileAsync(enterpriseId, cancellationToken);

    [HttpPut("api/app/enterprises/{enterpriseId:guid}/eligibility-profile")]
    [Authorize(IncubationPermissions.YearlyData.Edit)]
    public Task<EligibilityProfileDto> UpdateProfileAsync(
        Guid enterpriseId, UpdateEligibilityProfileDto input, CancellationToken cancellationToken) =>
        eligibility.UpdateProfileAsync(enterpriseId, input, cancellationToken);
}
