using Incubation.Entities;

namespace Incubation.Platforms;

/// <summary>
/// A 科技创新平台 (engineering research center, key laboratory, incubator …) hosted by an enterprise of the registry
/// or by an institution (university, institute). It counts toward the "innovation platforms" target from its
/// approval date until it is revoked or closed.
/// </summary>
public class InnovationPlatform : FullAuditedAggregateRoot
{
    private InnovationPlatform()
    {
    }

    public InnovationPlatform(Guid id, PlatformDescription description) : base(id) => Describe(description);

    public string Name { get; private set; } = string.Empty;
    public PlatformKind Kind { get; private set; }
    public PlatformLevel Level { get; private set; }

    /// <summary>The host when it is an enterprise of the registry; otherwise <see cref="HostInstitution"/> names it.</summary>
    public Guid? HostEnterpriseId { get; private set; }
    public string? HostInstitution { get; private set; }
    public string SubDistrictCode { get; private set; } = string.Empty;
    public string? ApprovalNumber { get; private set; }
    public DateOnly ApprovedOn { get; private set; }
    public PlatformStatus Status { get; private set; }

    /// <summary>The day it stopped counting (revoked or closed); null while active.</summary>
    public DateOnly? EndedOn { get; private set; }
    public string? Note { get; private set; }

    public void Describe(PlatformDescription d)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(d.Name);
        Name = d.Name.Trim();
        Kind = d.Kind;
        Level = d.Level;
        HostEnterpriseId = d.HostEnterpriseId;
        HostInstitution = string.IsNullOrWhiteSpace(d.HostInstitution) ? null : d.HostInstitution.Trim();
        SubDistrictCode = d.SubDistrictCode;
        ApprovalNumber = string.IsNullOrWhiteSpace(d.ApprovalNumber) ? null : d.ApprovalNumber.Trim();
        ApprovedOn = d.ApprovedOn;
        Status = d.Status;
        EndedOn = d.Status == PlatformStatus.Active ? null : d.EndedOn;
        Note = string.IsNullOrWhiteSpace(d.Note) ? null : d.Note.Trim();
    }

    /// <summary>Counts on a day when approved by then and not yet ended.</summary>
    public bool CountsOn(DateOnly date) => ApprovedOn <= date && (EndedOn == null || EndedOn > date);
}

public sealed record PlatformDescription(
    string Name,
    PlatformKind Kind,
    PlatformLevel Level,
    Guid? HostEnterpriseId,
    string? HostInstitution,
    string SubDistrictCode,
    string? ApprovalNumber,
    DateOnly ApprovedOn,
    PlatformStatus Status,
    DateOnly? EndedOn,
    string? Note);
