namespace Incubation.Cultivation;

/// <summary>Tiers inside the pool: 储备 → 重点培育 → 申报冲刺.</summary>
public enum CultivationStage
{
    Reserve = 0,
    Key = 1,
    ReadyToApply = 2,
}

public enum MembershipStatus
{
    Proposed = 0,
    Admitted = 1,
    Rejected = 2,
    Exited = 3,
}

/// <summary>Why an enterprise left the pool (the fixed list of the cultivation issue).</summary>
public enum ExitReason
{
    /// <summary>Certified as 高新技术企业: the happy exit.</summary>
    CertifiedHighTech = 0,
    MovedOut = 1,
    Deregistered = 2,
    NoLongerEligible = 3,
    Withdrawn = 4,
}

public enum MembershipEventKind
{
    Proposed = 0,
    Admitted = 1,
    Rejected = 2,
    StageChanged = 3,
    Exited = 4,
}
