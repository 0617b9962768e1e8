using Incubation.Entities;

namespace Incubation.Certification;

/// <summary>
/// A qualification an enterprise holds (certificate or registration), entered by the bureau. The certification
/// issue grows this into application pipelines; the ladders are derived from these rows, never typed.
/// </summary>
public class Qualification : FullAuditedAggregateRoot
{
    private Qualification()
    {
    }

    public Qualification(Guid enterpriseId, QualificationKind kind, string certificateNumber, DateOnly issuedOn, DateOnly expiresOn, string source)
        : base(Guid.CreateVersion7())
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(certificateNumber);
        if (expiresOn < issuedOn)
        {
            throw new ArgumentException("A qualification cannot expire before it is issued.", nameof(expiresOn));
        }

        EnterpriseId = enterpriseId;
        Kind = kind;
        CertificateNumber = certificateNumber.Trim();
        IssuedOn = issuedOn;
        ExpiresOn = expiresOn;
        Source = source;
    }

    public Guid EnterpriseId { get; private set; }
    public QualificationKind Kind { get; private set; }
    public string CertificateNumber { get; private set; } = string.Empty;
    public DateOnly IssuedOn { get; private set; }

    /// <summary>The last day the qualification is valid (inclusive).</summary>
    public DateOnly ExpiresOn { get; private set; }

    public string Source { get; private set; } = string.Empty;

    public bool IsValidOn(DateOnly date) => IssuedOn <= date && date <= ExpiresOn;
}
