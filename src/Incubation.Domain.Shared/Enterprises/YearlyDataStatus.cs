namespace Incubation.Enterprises;

/// <summary>Where a year's figures stand: edited as a draft, submitted for checking, verified or sent back.</summary>
public enum YearlyDataStatus
{
    Draft = 0,
    Submitted = 1,
    Verified = 2,
    Returned = 3,
}
