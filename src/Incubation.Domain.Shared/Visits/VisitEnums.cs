namespace Incubation.Visits;

/// <summary>How a "千企面对面" visit took place.</summary>
public enum VisitKind
{
    Symposium = 1,    // 座谈会
    OnSite = 2,       // 实地走访
    OnSiteOffice = 3, // 现场办公
    Phone = 4,
    Video = 5,
}

/// <summary>What an enterprise asks for (诉求 category, domain-rules §5).</summary>
public enum NeedCategory
{
    Policy = 1,
    Talent = 2,
    Technology = 3,
    Funding = 4,
    Market = 5,
    LandAndPremises = 6,
    Bottleneck = 7, // "卡脖子" technical bottleneck
    Other = 8,
}

/// <summary>Where a need was raised.</summary>
public enum NeedSource
{
    Visit = 1,
    Direct = 2,
    Portal = 3,
}

/// <summary>The closed loop of a need. Closed and Unresolvable are final.</summary>
public enum NeedStatus
{
    Open = 1,
    Accepted = 2,
    InProgress = 3,
    Resolved = 4,
    Closed = 5,
    Reopened = 6,
    UnresolvablePending = 7,
    Unresolvable = 8,
}

/// <summary>What happened to a need at one step of its timeline.</summary>
public enum NeedEventKind
{
    Raised = 1,
    Accepted = 2,
    Started = 3,
    Resolved = 4,
    Closed = 5,
    ReturnedUnsatisfied = 6, // 不满意退回重办
    Reopened = 7,
    Transferred = 8,
    UnresolvableRequested = 9,
    UnresolvableApproved = 10,
    UnresolvableRejected = 11,
}

/// <summary>Actions a user may take on a need; the board and the detail page offer exactly these.</summary>
public enum NeedAction
{
    Accept = 1,
    Start = 2,
    Resolve = 3,
    Confirm = 4,
    Reopen = 5,
    Transfer = 6,
    RequestUnresolvable = 7,
    ApproveUnresolvable = 8,
    RejectUnresolvable = 9,
}

public enum NotificationKind
{
    NeedAssigned = 1,
    NeedDueSoon = 2,
    NeedOverdue = 3,
    NeedReturned = 4,
    ReminderLetterIssued = 5,

    /// <summary>A 高企 certificate expires in 12, 6 or 3 months: prepare the re-application.</summary>
    CertificateExpiring = 6,

    /// <summary>The 高企 annual report (年度发展情况报表) is due by 31 May.</summary>
    AnnualReportDue = 7,

    /// <summary>A batch's application window closes within two weeks and the application is not submitted yet.</summary>
    BatchClosingSoon = 8,

    /// <summary>The bureau approved a self-registration or a claim: the account is now bound to its enterprise.</summary>
    RegistrationApproved = 9,

    /// <summary>The bureau rejected a self-registration or a claim, with a reason.</summary>
    RegistrationRejected = 10,

    /// <summary>The bureau returned submitted yearly data to the enterprise, with a comment.</summary>
    YearlyDataReturned = 11,

    /// <summary>The responsible unit answered (resolved) one of the enterprise's needs: confirm and rate it.</summary>
    NeedAnswered = 12,

    /// <summary>The bureau approved a change of a key field (name, credit code, sub-district) of the enterprise.</summary>
    ProfileChangeApproved = 13,

    /// <summary>The bureau rejected a change of a key field of the enterprise, with a reason.</summary>
    ProfileChangeRejected = 14,
}
