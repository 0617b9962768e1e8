namespace Incubation.Portal;

/// <summary>
/// A change of an enterprise's key fields (name, credit code, sub-district) proposed by its own user. The registry
/// keeps the old values until the bureau approves; at most one is pending per enterprise.
/// </summary>
public class ProfileChangeRequest : ReviewedRequest
{
    private ProfileChangeRequest()
    {
    }

    public ProfileChangeRequest(Guid enterpriseId, Guid requestedBy, KeyFields current, KeyFields proposed)
        : base(Guid.CreateVersion7())
    {
        EnterpriseId = enterpriseId;
        RequestedBy = requestedBy;
        Current = current;
        Proposed = proposed;
    }

    public Guid EnterpriseId { get; private set; }
    public Guid RequestedBy { get; private set; }

    /// <summary>The registry's values when the change was asked for, so the reviewer sees what it replaces.</summary>
    public KeyFields Current { get; private set; } = null!;

    public KeyFields Proposed { get; private set; } = null!;
}

/// <summary>The fields of an enterprise whose change the bureau must approve.</summary>
public sealed record KeyFields(string Name, string CreditCode, string? CreditCodeOverrideReason, string SubDistrictCode);
