namespace Incubation.Portal;

/// <summary>
/// A self-registration waiting for the bureau: the applicant's account (already created, without any role or
/// enterprise link) and the enterprise it asks for. For a new code the enterprise was created PendingVerification;
/// for an existing one this is a claim, and the applicant sees nothing of that enterprise until approved.
/// </summary>
public class RegistrationRequest : ReviewedRequest
{
    private RegistrationRequest()
    {
    }

    public RegistrationRequest(Guid userId, Guid enterpriseId, RegistrationKind kind, RegistrationApplicant applicant)
        : base(Guid.CreateVersion7())
    {
        UserId = userId;
        EnterpriseId = enterpriseId;
        Kind = kind;
        CreditCode = applicant.CreditCode;
        CreditCodeExplanation = applicant.CreditCodeExplanation;
        EnterpriseName = applicant.EnterpriseName;
        ContactName = applicant.ContactName;
        PhoneNumber = applicant.PhoneNumber;
        Email = applicant.Email;
    }

    public Guid UserId { get; private set; }
    public Guid EnterpriseId { get; private set; }
    public RegistrationKind Kind { get; private set; }

    /// <summary>As the applicant typed them: for a claim they may differ from the registry's record.</summary>
    public string CreditCode { get; private set; } = string.Empty;

    public string? CreditCodeExplanation { get; private set; }
    public string EnterpriseName { get; private set; } = string.Empty;
    public string ContactName { get; private set; } = string.Empty;
    public string PhoneNumber { get; private set; } = string.Empty;
    public string Email { get; private set; } = string.Empty;
}

/// <summary>What the applicant entered about themselves and the enterprise.</summary>
public sealed record RegistrationApplicant(
    string CreditCode, string? CreditCodeExplanation, string EnterpriseName, string ContactName, string PhoneNumber, string Email);
