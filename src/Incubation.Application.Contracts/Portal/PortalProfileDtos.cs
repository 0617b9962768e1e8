using Incubation.Dtos;
using Incubation.Enterprises;

namespace Incubation.Portal;

/// <summary>
/// The enterprise's own changes to its record. Name, credit code and sub-district go to the bureau for approval;
/// the other fields apply at once. Incubator, officer and tags are the bureau's and are not part of it.
/// </summary>
public sealed class UpdatePortalProfileDto
{
    public string Name { get; set; } = string.Empty;
    public string UnifiedSocialCreditCode { get; set; } = string.Empty;
    public string? CreditCodeOverrideReason { get; set; }
    public string SubDistrictCode { get; set; } = string.Empty;
    public string IndustryFieldCode { get; set; } = string.Empty;
    public string? LegalRepresentative { get; set; }
    public DateOnly? EstablishedOn { get; set; }
    public decimal? RegisteredCapital { get; set; }
    public string? Address { get; set; }
    public List<EnterpriseContactInput> Contacts { get; set; } = [];
    public string ConcurrencyStamp { get; set; } = string.Empty;
}

public sealed record KeyFieldsDto(string Name, string UnifiedSocialCreditCode, string? CreditCodeOverrideReason, string SubDistrictCode, string? SubDistrictName);

/// <summary>A key-field change: pending, or the latest decision on one.</summary>
public sealed record ProfileChangeDto(
    Guid Id,
    Guid EnterpriseId,
    string EnterpriseName,
    KeyFieldsDto Current,
    KeyFieldsDto Proposed,
    ReviewStatus Status,
    string? RequestedByName,
    DateTime RequestedAt,
    DateTime? ReviewedAt,
    string? RejectionReason,
    string ConcurrencyStamp);

/// <summary>The enterprise's record as its own user sees it, with the key-field change waiting for the bureau.</summary>
public sealed record PortalProfileDto(EnterpriseDto Enterprise, ProfileChangeDto? PendingChange, ProfileChangeDto? LastDecidedChange, bool IsAdmin);

public sealed class GetProfileChangesInput : PagedAndSortedResultRequestDto
{
    public ReviewStatus? Status { get; set; } = ReviewStatus.Pending;
}
