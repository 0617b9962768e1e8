namespace Incubation.Identity;

/// <summary>
/// Which enterprises a user may see: all of them (bureau, leaders, system work) or those matching any of the links
/// (their incubator's, those assigned to them, their sub-district's, their own enterprise). A unit officer's unit scopes
/// the needs addressed to it, not enterprises. No link: nothing.
/// </summary>
public sealed record DataScope(
    bool All,
    Guid? OfficerId = null,
    Guid? IncubatorId = null,
    string? SubDistrictCode = null,
    Guid? EnterpriseId = null,
    Guid? ResponsibleUnitId = null)
{
    public static readonly DataScope Unrestricted = new(true);
    public static readonly DataScope Nothing = new(false);

    public static DataScope For(AppUserScopeLinks links, IEnumerable<string> roles)
    {
        var roleSet = roles.ToHashSet(StringComparer.Ordinal);
        if (IncubationRoles.DistrictWide.Any(roleSet.Contains))
        {
            return Unrestricted;
        }

        return new DataScope(
            All: false,
            OfficerId: roleSet.Contains(IncubationRoles.IncubatorManager) ? links.UserId : null,
            IncubatorId: roleSet.Contains(IncubationRoles.IncubatorManager) ? links.IncubatorId : null,
            SubDistrictCode: roleSet.Contains(IncubationRoles.StreetOfficer) ? links.SubDistrictCode : null,
            EnterpriseId: roleSet.Contains(IncubationRoles.EnterpriseUser) ? links.EnterpriseId : null,
            ResponsibleUnitId: roleSet.Contains(IncubationRoles.UnitOfficer) ? links.ResponsibleUnitId : null);
    }
}

/// <summary>The links of a user that a data scope is built from.</summary>
public sealed record AppUserScopeLinks(
    Guid UserId, Guid? IncubatorId, string? SubDistrictCode, Guid? EnterpriseId, Guid? ResponsibleUnitId = null);
