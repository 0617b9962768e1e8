namespace Incubation;

/// <summary>Stable business error codes; each has a localised text under the same key.</summary>
public static class IncubationErrorCodes
{
    public const string DuplicateCreditCode = "Incubation:DuplicateCreditCode";
    public const string DuplicateKey = "Incubation:DuplicateKey";
    public const string ConcurrencyConflict = "Incubation:ConcurrencyConflict";
    public const string EntityNotFound = "Incubation:EntityNotFound";
    public const string OutOfScope = "Incubation:OutOfScope";
    public const string Forbidden = "Incubation:Forbidden";
    public const string Unauthorized = "Incubation:Unauthorized";
    public const string ValidationFailed = "Incubation:ValidationFailed";
    public const string UnknownSubDistrict = "Incubation:UnknownSubDistrict";
    public const string UnknownTechField = "Incubation:UnknownTechField";
    public const string UnknownIncubator = "Incubation:UnknownIncubator";
    public const string InvalidLogin = "Incubation:InvalidLogin";
    public const string LockedOut = "Incubation:LockedOut";
    public const string AlreadyInPool = "Incubation:AlreadyInPool";
    public const string MembershipTransitionNotAllowed = "Incubation:MembershipTransitionNotAllowed";
    public const string SameStage = "Incubation:SameStage";
    public const string DatabaseUnavailable = "Incubation:DatabaseUnavailable";
    public const string InternalError = "Incubation:InternalError";
    public const string YearlyDataNotEditable = "Incubation:YearlyDataNotEditable";
    public const string YearlyDataNotDraft = "Incubation:YearlyDataNotDraft";
    public const string YearlyDataNotSubmitted = "Incubation:YearlyDataNotSubmitted";
    public const string YearlyDataNotVerified = "Incubation:YearlyDataNotVerified";
    public const string YearlyDataReturnCommentRequired = "Incubation:YearlyDataReturnCommentRequired";
    public const string ApplicationMoveNotAllowed = "Incubation:ApplicationMoveNotAllowed";
    public const string UnknownEvidenceItem = "Incubation:UnknownEvidenceItem";
    public const string ApplicationExists = "Incubation:ApplicationExists";
    public const string UnknownDocument = "Incubation:UnknownDocument";
    public const string OfficialListUnreadable = "Incubation:OfficialListUnreadable";
    public const string OfficialListTooLong = "Incubation:OfficialListTooLong";
    public const string NeedTransitionNotAllowed = "Incubation:NeedTransitionNotAllowed";
    public const string NeedNotOfYourUnit = "Incubation:NeedNotOfYourUnit";
    public const string NeedSameUnit = "Incubation:NeedSameUnit";
    public const string UnknownResponsibleUnit = "Incubation:UnknownResponsibleUnit";
    public const string UnknownOfficer = "Incubation:UnknownOfficer";
    public const string UnknownPolicyTopic = "Incubation:UnknownPolicyTopic";
    public const string UnknownFile = "Incubation:UnknownFile";
    public const string VisitRequestReused = "Incubation:VisitRequestReused";
    public const string ReminderLetterAlreadyIssued = "Incubation:ReminderLetterAlreadyIssued";
    public const string ReminderLetterNothingOverdue = "Incubation:ReminderLetterNothingOverdue";
    public const string FileEmpty = "Incubation:FileEmpty";
    public const string FileTooLarge = "Incubation:FileTooLarge";
    public const string FileTypeNotAllowed = "Incubation:FileTypeNotAllowed";
    public const string FileNameNotAllowed = "Incubation:FileNameNotAllowed";
    public const string FilePurposeNeedsImage = "Incubation:FilePurposeNeedsImage";
}
