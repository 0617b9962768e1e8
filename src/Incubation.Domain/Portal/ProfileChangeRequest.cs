using Incubation.Entities;

namespace Incubation.Portal;

/// <summary>
/// A change of an enterprise's key fields (name, credit code, sub-district) proposed by its own user. The registry
/// keeps the old values until the bureau approves; at most one is pending per enterprise.
/// </summary>
public class ProfileChangeRequest : FullAuditedAggregateRoot
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
        Status = ReviewStatus.Pending;
    }

    public Guid EnterpriseId { get; private set; }
    public Guid RequestedBy { get; private set; }

    /// <summary>The registry's values when the change was asked for, so the reviewer sees what it replaces.</summary>
    public KeyFields Current { get; private set; } = null!;

    public KeyFields Proposed { get; private set; } = null!;
    public ReviewStatus Status { get; private set; }
    public string? RejectionReason { get; private set; }
    public Guid? ReviewerId { get; private set; }
    public DateTime? ReviewedAt { get; private set; }

    public void Approve(Guid reviewerId, DateTime now) => Decide(ReviewStatus.Approved, null, reviewerId, now);

    public void Reject(string reason, Guid reviewerId, DateTime now)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        Decide(ReviewStatus.Rejected, reason.Trim(), reviewerId, now);
    }

    private void Decide(ReviewStatus status, string? reason, Guid reviewerId, DateTime now)
    {
        if (Status != ReviewStatus.Pending)
        {
            throw new BusinessException(IncubationErrorCodes.ReviewAlreadyDecided, 409);
        }

        Status = status;
        RejectionReason = reason;
        ReviewerId = reviewerId;
        ReviewedAt = now;
    }
}

/// <summary>The fields of an enterprise whose change the bureau must approve.</summary>
public sealed record KeyFields(string Name, string CreditCode, string? CreditCodeOverrideReason, string SubDistrictCode);
