using Incubation.Entities;

namespace Incubation.Portal;

/// <summary>
/// Something an enterprise asked the bureau for, and the bureau's one decision on it: approved, or rejected with a
/// reason. A second decision is refused (409) rather than overwriting the first.
/// </summary>
public abstract class ReviewedRequest : FullAuditedAggregateRoot
{
    protected ReviewedRequest()
    {
    }

    protected ReviewedRequest(Guid id) : base(id) => Status = ReviewStatus.Pending;

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
