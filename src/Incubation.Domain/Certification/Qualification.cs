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
        Level = DefaultLevel(kind);
    }

    public Guid EnterpriseId { get; private set; }
    public QualificationKind Kind { get; private set; }
    public string CertificateNumber { get; private set; } = string.Empty;
    public DateOnly IssuedOn { get; private set; }

    /// <summary>The last day the qualification is valid (inclusive).</summary>
    public DateOnly ExpiresOn { get; private set; }

    public string Source { get; private set; } = string.Empty;

    public CertificateLevel Level { get; private set; }

    /// <summary>Who issued it (e.g. 贵州省科学技术厅 / 财政厅 / 税务局 for 高企; 工业和信息化部 for 小巨人).</summary>
    public string? IssuingBody { get; private set; }

    /// <summary>The scanned certificate and related documents (stored files of the enterprise).</summary>
    public List<Guid> DocumentFileIds { get; private set; } = [];

    /// <summary>The level the rules give a kind: 专精特新 and 创新型 are provincial titles, the others national.</summary>
    public static CertificateLevel DefaultLevel(QualificationKind kind) =>
        kind is QualificationKind.SrdiSme or QualificationKind.InnovativeSme ? CertificateLevel.Provincial : CertificateLevel.National;

    public void Describe(CertificateLevel level, string? issuingBody, IEnumerable<Guid> documentFileIds)
    {
        Level = level;
        IssuingBody = string.IsNullOrWhiteSpace(issuingBody) ? null : issuingBody.Trim();
        DocumentFileIds = documentFileIds.Distinct().ToList();
    }

    /// <summary>Corrects the certificate's dates (a roster import re-states them); the rule of the constructor holds.</summary>
    public void ChangeValidity(DateOnly issuedOn, DateOnly expiresOn)
    {
        if (expiresOn < issuedOn)
        {
            throw new ArgumentException("A qualification cannot expire before it is issued.", nameof(expiresOn));
        }

        IssuedOn = issuedOn;
        ExpiresOn = expiresOn;
    }

    public bool IsValidOn(DateOnly date) => IssuedOn <= date && date <= ExpiresOn;
}
