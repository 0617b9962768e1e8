namespace Incubation.Identity;

/// <summary>Claims that carry a user's data scope in the authentication cookie.</summary>
public static class IncubationClaimTypes
{
    public const string IncubatorId = "incubation:incubator";
    public const string SubDistrictCode = "incubation:sub_district";
    public const string ResponsibleUnitId = "incubation:unit";
    public const string EnterpriseId = "incubation:enterprise";
    public const string DisplayName = "incubation:display_name";
}
