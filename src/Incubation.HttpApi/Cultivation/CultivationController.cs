using Incubation.Dtos;
using Incubation.Permissions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Incubation.Cultivation;

[ApiController]
[Route("api/app/cultivation")]
[Authorize(IncubationPermissions.Cultivation.Default)]
public sealed class CultivationController(ICultivationAppService cultivation, PoolRosterWorkbook workbook) : ControllerBase
{
    [HttpGet("pool/summary")]
    public Task<PoolSummaryDto> GetSummaryAsync(CancellationToken cancellationToken) => cultivation.GetSummaryAsync(cancellationToken);

    [HttpGet("pool")]
    public Task<PagedResultDto<PoolMemberDto>> GetPoolAsync([FromQuery] GetPoolInput input, CancellationToken cancellationToken) =>
        cultivation.GetPoolAsync(input, cancellationToken);

    /// <summary>The roster with the list's filters, as an Excel workbook.</summary>
    [HttpGet("pool/export")]
    [Produces(PoolRosterWorkbook.ContentType)]
    public async Task<FileContentResult> ExportPoolAsync([FromQuery] GetPoolInput input, CancellationToken cancellationToken)
    {
        var rows = await cultivation.GetPoolForExportAsync(input, cancellationToken);
        return File(await workbook.WriteAsync(rows, cancellationToken), PoolRosterWorkbook.ContentType, workbook.FileName());
    }

    [HttpGet("proposals")]
    [Authorize(IncubationPermissions.Cultivation.Review)]
    public Task<PagedResultDto<ProposalDto>> GetProposalsAsync([FromQuery] GetProposalsInput input, CancellationToken cancellationToken) =>
        cultivation.GetProposalsAsync(input, cancellationToken);

    [HttpPost("proposals")]
    [Authorize(IncubationPermissions.Cultivation.Propose)]
    public Task<MembershipDto> ProposeAsync(CreateProposalDto input, CancellationToken cancellationToken) =>
        cultivation.ProposeAsync(input, cancellationToken);

    [HttpPost("memberships/{id:guid}/admit")]
    [Authorize(IncubationPermissions.Cultivation.Review)]
    public Task<MembershipDto> AdmitAsync(Guid id, AdmitMembershipDto input, CancellationToken cancellationToken) =>
        cultivation.AdmitAsync(id, input, cancellationToken);

    [HttpPost("memberships/{id:guid}/reject")]
    [Authorize(IncubationPermissions.Cultivation.Review)]
    public Task<MembershipDto> RejectAsync(Guid id, RejectMembershipDto input, CancellationToken cancellationToken) =>
        cultivation.RejectAsync(id, input, cancellationToken);

    [HttpPost("memberships/{id:guid}/move")]
    [Authorize(IncubationPermissions.Cultivation.Manage)]
    public Task<MembershipDto> MoveAsync(Guid id, MoveMembershipDto input, CancellationToken cancellationToken) =>
        cultivation.MoveAsync(id, input, cancellationToken);

    [HttpPost("memberships/{id:guid}/exit")]
    [Authorize(IncubationPermissions.Cultivation.Manage)]
    public Task<MembershipDto> ExitAsync(Guid id, ExitMembershipDto input, CancellationToken cancellationToken) =>
        cultivation.ExitAsync(id, input, cancellationToken);

    [HttpGet("/api/app/enterprises/{enterpriseId:guid}/memberships")]
    public Task<IReadOnlyList<MembershipDto>> GetEnterpriseMembershipsAsync(Guid enterpriseId, CancellationToken cancellationToken) =>
        cultivation.GetEnterpriseMembershipsAsync(enterpriseId, cancellationToken);
}
