namespace Incubation.Portal;

/// <summary>Field limits of the portal, shared by the entity mapping, the validators and the UI.</summary>
public static class PortalConsts
{
    public const int MaxContactNameLength = 64;
    public const int MaxPhoneLength = 32;
    public const int MaxEmailLength = 128;
    public const int MaxReasonLength = 500;
    public const int MaxChallengeAnswerLength = 8;

    /// <summary>A mainland mobile number: 11 digits starting with 1 (an optional +86 is stripped before the check).</summary>
    public const string MobilePattern = "^1[3-9][0-9]{9}$";
}
