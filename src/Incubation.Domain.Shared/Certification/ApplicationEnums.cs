namespace Incubation.Certification;

/// <summary>
/// The pipeline of a certification application (认定申请), one per enterprise, kind and batch year:
/// Candidate → Preparing → Submitted → UnderReview → Publicized (公示) → Approved; Rejected and Withdrawn end it early.
/// </summary>
public enum ApplicationStage
{
    Candidate = 0,
    Preparing = 1,
    Submitted = 2,
    UnderReview = 3,
    Publicized = 4,
    Approved = 5,
    Rejected = 6,
    Withdrawn = 7,
}

public enum EvidenceState
{
    Missing = 0,
    Provided = 1,
    Verified = 2,

    /// <summary>Was provided, but its validity (an audit report, a certificate) ran out.</summary>
    Expired = 3,
}
