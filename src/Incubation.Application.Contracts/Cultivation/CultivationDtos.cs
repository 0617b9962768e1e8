using Incubation.Dtos;

namespace Incubation.Cultivation;

public sealed record PoolSummaryDto(int Size, int Floor, bool BelowFloor, int Reserve, int Key, int ReadyToApply, int PendingProposals);

public sealed record PoolMemberDto(
    Guid MembershipId,
    Guid EnterpriseId,
    string EnterpriseName,
    string UnifiedSocialCreditCode,
    string? SubDistrictName,
    string? IndustryFieldName,
    string? IncubatorName,
    CultivationStage Stage,
    DateTime StageSince,
    DateTime AdmittedAt,
    int DaysInStage,
    string ConcurrencyStamp);

public sealed record ProposalDto(
    Guid MembershipId,
    Guid EnterpriseId,
    string EnterpriseName,
    string UnifiedSocialCreditCode,
    string Reason,
    string? Evidence,
    DateTime ProposedAt,
    string? ProposedByName,
    string ConcurrencyStamp);

public sealed record MembershipEventDto(MembershipEventKind Kind, CultivationStage? Stage, DateTime Time, string? UserName, string? Note);

public sealed record MembershipDto(
    Guid Id,
    Guid EnterpriseId,
    MembershipStatus Status,
    CultivationStage? Stage,
    string Reason,
    string? Evidence,
    DateTime ProposedAt,
    DateTime? AdmittedAt,
    DateTime? ExitedAt,
    ExitReason? ExitReason,
    string? RejectionReason,
    string ConcurrencyStamp,
    IReadOnlyList<MembershipEventDto> Events);

public class GetPoolInput : PagedAndSortedResultRequestDto
{
    public string? Filter { get; set; }
    public CultivationStage? Stage { get; set; }
    public string? SubDistrictCode { get; set; }
    public string? IndustryFieldCode { get; set; }
    public Guid? IncubatorId { get; set; }
    public Guid? ResponsibleOfficerId { get; set; }

    /// <summary>Only members that have been in their stage at least this many days.</summary>
    public int? MinDaysInStage { get; set; }
}

public class GetProposalsInput : PagedAndSortedResultRequestDto;

public class CreateProposalDto
{
    public Guid EnterpriseId { get; set; }
    public string Reason { get; set; } = string.Empty;
    public string? Evidence { get; set; }
}

public class MembershipActionDto
{
    public string ConcurrencyStamp { get; set; } = string.Empty;
    public string? Note { get; set; }
}

public class AdmitMembershipDto : MembershipActionDto;

public class RejectMembershipDto
{
    public string ConcurrencyStamp { get; set; } = string.Empty;
    public string Reason { get; set; } = string.Empty;
}

public class MoveMembershipDto : MembershipActionDto
{
    public CultivationStage Stage { get; set; }
}

public class ExitMembershipDto : MembershipActionDto
{
    public ExitReason Reason { get; set; }
}
