namespace Incubation.Visits;

public static class VisitConsts
{
    public const int MaxAttendees = 30;
    public const int MaxOfficers = 10;
    public const int MaxPolicies = 20;
    public const int MaxAttachments = 20;
    public const int MaxNeedsPerVisit = 20;
    public const int MaxPersonNameLength = 64;
    public const int MaxTitleLength = 64;
    public const int MaxSituationLength = 2000;
    public const int MaxNotesLength = 4000;
    public const int MaxPolicyCodeLength = 32;
    public const int MaxPolicyNameLength = 64;

    /// <summary>Share of an officer's enterprises to visit each year (setting <c>Visits:YearlyCoverageTarget</c>).</summary>
    public const string CoverageTargetSetting = "Visits:YearlyCoverageTarget";
    public const decimal DefaultCoverageTarget = 1.0m;
}

public static class NeedConsts
{
    public const int MaxDescriptionLength = 2000;
    public const int MaxAnswerLength = 4000;
    public const int MaxReasonLength = 1000;
    public const int MinRating = 1;
    public const int MaxRating = 5;

    /// <summary>Ratings up to this one send the need back to the unit to redo (不满意退回重办).</summary>
    public const int UnsatisfiedRatingCeiling = 2;

    /// <summary>A need due within this many calendar days reminds its unit.</summary>
    public const int DueSoonDays = 3;

    /// <summary>Working days to answer, per category (setting <c>Needs:DueWorkingDays:{Category}</c>).</summary>
    public const string DueWorkingDaysSetting = "Needs:DueWorkingDays";

    /// <summary>
    /// The unit a need lands at when an enterprise raises it without choosing one (setting <c>Needs:DefaultUnitName</c>,
    /// a unit's name); unset, the first unit of kind <see cref="BureauUnitKind"/> in the reference list, the bureau itself.
    /// </summary>
    public const string DefaultUnitSetting = "Needs:DefaultUnitName";

    /// <summary>The kind of the district bureaus in the reference list of responsible units.</summary>
    public const string BureauUnitKind = "bureau";

    public static int DefaultDueWorkingDays(NeedCategory category) => category switch
    {
        NeedCategory.Policy => 1,   // a policy question is answered at once
        NeedCategory.Other => 3,
        _ => 15,                    // talent, technology, funding, market, premises, bottlenecks need work
    };

    /// <summary>Statuses in which the unit still owes an answer (count toward overdue).</summary>
    public static readonly IReadOnlyList<NeedStatus> Pending =
        [NeedStatus.Open, NeedStatus.Accepted, NeedStatus.InProgress, NeedStatus.Reopened, NeedStatus.UnresolvablePending];
}

public static class ReminderLetterConsts
{
    public const int MaxTextLength = 8000;
    public const int MaxNumberLength = 64;

    /// <summary>Overdue needs at a half-year's end from which a letter is proposed (setting <c>Needs:ReminderLetterThreshold</c>).</summary>
    public const string ThresholdSetting = "Needs:ReminderLetterThreshold";
    public const int DefaultThreshold = 1;

    /// <summary>The letter number's prefix (setting <c>Needs:ReminderLetterPrefix</c>), e.g. 云科提.</summary>
    public const string PrefixSetting = "Needs:ReminderLetterPrefix";
}
