using Incubation.Dtos;

namespace Incubation.Cultivation;

/// <summary>The high-tech cultivation pool: roster, proposals and their review, stages and exits.</summary>
public interface ICultivationAppService
{
    Task<PoolSummaryDto> GetSummaryAsync(CancellationToken cancellationToken);

    Task<PagedResultDto<PoolMemberDto>> GetPoolAsync(GetPoolInput input, CancellationToken cancellationToken);

    /// <summary>The roster with the same filters, every matching row (capped), for the Excel export.</summary>
    Task<IReadOnlyList<PoolMemberDto>> GetPoolForExportAsync(GetPoolInput input, CancellationToken cancellationToken);

    Task<PagedResultDto<ProposalDto>> GetProposalsAsync(GetProposalsInput input, CancellationToken cancellationToken);

    Task<MembershipDto> ProposeAsync(CreateProposalDto input, CancellationToken cancellationToken);

    Task<MembershipDto> AdmitAsync(Guid id, AdmitMembershipDto input, CancellationToken cancellationToken);

    Task<MembershipDto> RejectAsync(Guid id, RejectMembershipDto input, CancellationToken cancellationToken);

    Task<MembershipDto> MoveAsync(Guid id, MoveMembershipDto input, CancellationToken cancellationToken);

    Task<MembershipDto> ExitAsync(Guid id, ExitMembershipDto input, CancellationToken cancellationToken);

    Task<IReadOnlyList<MembershipDto>> GetEnterpriseMembershipsAsync(Guid enterpriseId, CancellationToken cancellationToken);
}
