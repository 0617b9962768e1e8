namespace Incubation.Portal;

/// <summary>A sign-up challenge: an arithmetic question drawn as an SVG image, and the sealed answer to send back.</summary>
public sealed record RegistrationChallengeDto(string Token, string ImageSvg);

/// <summary>The public sign-up form of an enterprise (no login).</summary>
public sealed class RegisterEnterpriseDto
{
    public string UnifiedSocialCreditCode { get; set; } = string.Empty;

    /// <summary>Why a code failing its check digit is right (as on the business licence); needed only then.</summary>
    public string? CreditCodeOverrideReason { get; set; }

    public string EnterpriseName { get; set; } = string.Empty;

    /// <summary>Where the enterprise is; used when the code is new to the registry.</summary>
    public string SubDistrictCode { get; set; } = string.Empty;

    /// <summary>A leaf of the 国家重点支持的高新技术领域; used when the code is new to the registry.</summary>
    public string IndustryFieldCode { get; set; } = string.Empty;

    public string ContactName { get; set; } = string.Empty;
    public string PhoneNumber { get; set; } = string.Empty;
    public string Email { get; set; } = string.Empty;
    public string Password { get; set; } = string.Empty;
    public bool AcceptTerms { get; set; }
    public string ChallengeToken { get; set; } = string.Empty;
    public string ChallengeAnswer { get; set; } = string.Empty;
}

/// <summary>The same answer whether the code was new or already registered, so it tells nothing about the registry.</summary>
public sealed record RegistrationReceiptDto(string Email);

/// <summary>The link of the confirmation (or invitation) email.</summary>
public sealed class ConfirmEmailDto
{
    public Guid UserId { get; set; }
    public string Token { get; set; } = string.Empty;
}

/// <summary>An invited colleague sets their password from the invitation link (it confirms the address too).</summary>
public sealed class SetPasswordDto
{
    public Guid UserId { get; set; }
    public string Token { get; set; } = string.Empty;
    public string Password { get; set; } = string.Empty;
}

/// <summary>
/// The signed-in applicant's own registration, for the status page shown until the bureau decides. It leaves out
/// whether it was a claim: that would tell anyone with a throwaway address which codes are registered.
/// </summary>
public sealed record MyRegistrationDto(
    Guid Id,
    ReviewStatus Status,
    string EnterpriseName,
    string CreditCode,
    bool EmailConfirmed,
    DateTime SubmittedAt,
    DateTime? ReviewedAt,
    string? RejectionReason);
