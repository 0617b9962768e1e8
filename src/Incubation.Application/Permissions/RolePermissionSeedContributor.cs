using Incubation.Data;
using Incubation.Identity;
using P = Incubation.Permissions.IncubationPermissions;

namespace Incubation.Permissions;

/// <summary>
/// Grants each seeded role its default permissions (DESIGN.md §Users). Adds what is missing and never removes a
/// grant, so the bureau's own changes survive a re-seed.
/// </summary>
public sealed class RolePermissionSeedContributor(IRepository<PermissionGrant> grants, IUnitOfWork unitOfWork)
    : IDataSeedContributor
{
    public static readonly IReadOnlyDictionary<string, string[]> DefaultGrants = new Dictionary<string, string[]>
    {
        // Everything but the enterprise's own workspace, which needs an enterprise to belong to.
        [IncubationRoles.BureauAdmin] = PermissionDefinitions.All.Select(p => p.Name).Where(p => p != P.Portal.Default).ToArray(),
        [IncubationRoles.BureauReviewer] = [P.Enterprises.Default, P.YearlyData.Default, P.Cultivation.Default, P.Qualifications.Default, P.Qualifications.Manage, P.Applications.Default, P.Applications.Manage,
            P.Visits.Default, P.Visits.Create, P.Needs.Default, P.Needs.Create, P.Needs.Confirm, P.Needs.Supervise, P.ReminderLetters.Default, P.ReminderLetters.Issue, P.Files.Default, P.Files.Upload,
            P.Platforms.Default, P.Benefits.Default, P.Planning.Default, P.KeyTasks.Default, P.Reports.Default],
        [IncubationRoles.IncubatorManager] = [P.Enterprises.Default, P.Enterprises.Create, P.Enterprises.Update, P.YearlyData.Default, P.YearlyData.Edit, P.Cultivation.Default, P.Cultivation.Propose, P.Qualifications.Default, P.Applications.Default,
            P.Visits.Default, P.Visits.Create, P.Needs.Default, P.Needs.Create, P.Needs.Confirm, P.Files.Default, P.Files.Upload,
            P.Platforms.Default, P.Planning.Default],
        [IncubationRoles.StreetOfficer] = [P.Enterprises.Default, P.Enterprises.Create, P.Enterprises.Update, P.YearlyData.Default, P.YearlyData.Edit, P.Cultivation.Default, P.Cultivation.Propose, P.Qualifications.Default, P.Applications.Default,
            P.Visits.Default, P.Visits.Create, P.Needs.Default, P.Needs.Create, P.Needs.Confirm, P.Files.Default, P.Files.Upload,
            P.Platforms.Default, P.Planning.Default],
        [IncubationRoles.UnitOfficer] = [P.Needs.Default, P.Needs.Handle, P.ReminderLetters.Default, P.Files.Default,
            P.KeyTasks.Default, P.KeyTasks.Progress, P.Reports.Default],
        [IncubationRoles.EnterpriseUser] = [P.Enterprises.Default, P.YearlyData.Default, P.YearlyData.Edit, P.Cultivation.Default, P.Cultivation.Propose, P.Qualifications.Default,
            P.Visits.Default, P.Needs.Default, P.Needs.Create, P.Needs.Confirm, P.Files.Default, P.Portal.Default],
        [IncubationRoles.Leader] = [P.Enterprises.Default, P.YearlyData.Default, P.Cultivation.Default, P.Qualifications.Default, P.Applications.Default,
            P.Visits.Default, P.Needs.Default, P.ReminderLetters.Default, P.Files.Default, P.Platforms.Default, P.Benefits.Default,
            P.Planning.Default, P.KeyTasks.Default, P.Reports.Default],
    };

    public int Order => 20;

    public async Task SeedAsync(DataSeedContext context, CancellationToken cancellationToken)
    {
        var existing = grants.Query().Select(g => new { g.RoleName, g.Name }).ToList()
            .Select(g => (g.RoleName, g.Name)).ToHashSet();
        foreach (var (role, permissions) in DefaultGrants)
        {
            foreach (var permission in permissions.Where(p => !existing.Contains((role, p))))
            {
                grants.Add(new PermissionGrant(permission, role));
            }
        }

        await unitOfWork.SaveChangesAsync(cancellationToken);
    }
}
