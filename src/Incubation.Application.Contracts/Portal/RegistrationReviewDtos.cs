using Incubation.Dtos;

namespace Incubation.Portal;

public sealed class GetRegistrationsInput : PagedAndSortedResultRequestDto
{
    public ReviewStatus? Status { get; set; } = ReviewStatus.Pending;

    /// <summary>Matches the enterprise name, the credit code, the contact or the email.</summary>
    public string? Filter { get; set; }
}

/// <summary>The registry's record a claim is made on, for the reviewer to compare with what the applicant typed.</summary>
public sealed record ExistingEnterpriseDto(
    Guid Id, string Name, string UnifiedSocialCreditCode, string? SubDistrictName, string? IncubatorName,
    string? LegalRepresentative, IReadOnlyList<string> UserNames);

public sealed record RegistrationRequestDto(
    Guid Id,
    RegistrationKind Kind,
    ReviewStatus Status,
    string CreditCode,
    string? CreditCodeOverrideReason,
    string EnterpriseName,
    string? SubDistrictName,
    string? IndustryFieldName,
    string ContactName,
    string PhoneNumber,
    string Email,
    bool EmailConfirmed,
    DateTime SubmittedAt,
    DateTime? ReviewedAt,
    string? RejectionReason,
    ExistingEnterpriseDto? ExistingEnterprise,
    string ConcurrencyStamp);

public sealed class ApproveReviewDto
{
    public string ConcurrencyStamp { get; set; } = string.Empty;
}

public sealed class RejectReviewDto
{
    public string Reason { get; set; } = string.Empty;
    public string ConcurrencyStamp { get; set; } = string.Empty;
}
