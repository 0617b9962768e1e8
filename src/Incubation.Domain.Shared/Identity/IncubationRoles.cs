namespace Incubation.Identity;

/// <summary>The seeded roles of DESIGN.md §Users.</summary>
public static class IncubationRoles
{
    public const string BureauAdmin = "BureauAdmin";
    public const string BureauReviewer = "BureauReviewer";
    public const string IncubatorManager = "IncubatorManager";
    public const string StreetOfficer = "StreetOfficer";
    public const string UnitOfficer = "UnitOfficer";
    public const string EnterpriseUser = "EnterpriseUser";
    public const string Leader = "Leader";

    public static readonly IReadOnlyList<string> All =
        [BureauAdmin, BureauReviewer, IncubatorManager, StreetOfficer, UnitOfficer, EnterpriseUser, Leader];

    /// <summary>Roles whose holders see every enterprise (the rest are scoped).</summary>
    public static readonly IReadOnlyList<string> DistrictWide = [BureauAdmin, BureauReviewer, Leader];
}
