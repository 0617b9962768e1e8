using Incubation.Enterprises;

namespace Incubation.Identity;

public static class DataScopeExtensions
{
    /// <summary>Whether the caller speaks for one enterprise (its own staff, through the portal) rather than for the district.</summary>
    public static bool IsEnterpriseStaff(this DataScope scope) => scope is { All: false, EnterpriseId: not null };

    /// <summary>
    /// Whether an enterprise lies in the scope: the in-memory twin of the EF Core query filter, used to refuse a
    /// create or an update that would put a record where its author could not see it.
    /// </summary>
    public static bool Covers(this DataScope scope, Enterprise enterprise) =>
        scope.All
        || (scope.EnterpriseId is { } enterpriseId && enterprise.Id == enterpriseId)
        || (scope.IncubatorId is { } incubatorId && enterprise.IncubatorId == incubatorId)
        || (scope.OfficerId is { } officerId && enterprise.ResponsibleOfficerId == officerId)
        || (scope.SubDistrictCode is { } code && enterprise.SubDistrictCode == code);
}
