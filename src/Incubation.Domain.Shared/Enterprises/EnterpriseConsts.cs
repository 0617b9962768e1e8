namespace Incubation.Enterprises;

/// <summary>Field limits of the enterprise registry, used by the entity mapping, the validators and the UI.</summary>
public static class EnterpriseConsts
{
    public const int MaxNameLength = 128;
    public const int MaxLegalRepresentativeLength = 64;
    public const int MaxAddressLength = 256;
    public const int MaxTagLength = 32;
    public const int MaxTags = 20;
    public const int MaxContacts = 20;
    public const int MaxContactNameLength = 64;
    public const int MaxContactTitleLength = 64;
    public const int MaxPhoneLength = 32;
    public const int MaxEmailLength = 128;
    public const int MaxOverrideReasonLength = 256;
    public const int SubDistrictCodeLength = 9;
    public const int MaxTechFieldCodeLength = 8;
    /// <summary>Registered capital in 万元 is bounded to keep the column's precision meaningful.</summary>
    public const decimal MaxRegisteredCapital = 1_000_000_000m;
}
