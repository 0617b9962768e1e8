namespace Incubation.Permissions;

/// <summary>A permission the system knows; its display name is the localisation key <c>Permission:{Name}</c>.</summary>
public sealed record PermissionDefinition(string Name, string Group, string? Parent = null)
{
    public string DisplayNameKey => "Permission:" + Name;
}

/// <summary>Every permission, grouped by module. The authorization policies are built from this list.</summary>
public static class PermissionDefinitions
{
    public static readonly IReadOnlyList<PermissionDefinition> All =
    [
        new(IncubationPermissions.Enterprises.Default, "Enterprises"),
        new(IncubationPermissions.Enterprises.Create, "Enterprises", IncubationPermissions.Enterprises.Default),
        new(IncubationPermissions.Enterprises.Update, "Enterprises", IncubationPermissions.Enterprises.Default),
        new(IncubationPermissions.Enterprises.Delete, "Enterprises", IncubationPermissions.Enterprises.Default),
        new(IncubationPermissions.YearlyData.Default, "Enterprises"),
        new(IncubationPermissions.YearlyData.Edit, "Enterprises", IncubationPermissions.YearlyData.Default),
        new(IncubationPermissions.YearlyData.Verify, "Enterprises", IncubationPermissions.YearlyData.Default),
        new(IncubationPermissions.Cultivation.Default, "Cultivation"),
        new(IncubationPermissions.Cultivation.Propose, "Cultivation", IncubationPermissions.Cultivation.Default),
        new(IncubationPermissions.Cultivation.Review, "Cultivation", IncubationPermissions.Cultivation.Default),
        new(IncubationPermissions.Cultivation.Manage, "Cultivation", IncubationPermissions.Cultivation.Default),
        new(IncubationPermissions.Qualifications.Default, "Certification"),
        new(IncubationPermissions.Qualifications.Manage, "Certification", IncubationPermissions.Qualifications.Default),
        new(IncubationPermissions.Applications.Default, "Certification"),
        new(IncubationPermissions.Applications.Manage, "Certification", IncubationPermissions.Applications.Default),
        new(IncubationPermissions.Visits.Default, "Visits"),
        new(IncubationPermissions.Visits.Create, "Visits", IncubationPermissions.Visits.Default),
        new(IncubationPermissions.Needs.Default, "Visits"),
        new(IncubationPermissions.Needs.Create, "Visits", IncubationPermissions.Needs.Default),
        new(IncubationPermissions.Needs.Handle, "Visits", IncubationPermissions.Needs.Default),
        new(IncubationPermissions.Needs.Confirm, "Visits", IncubationPermissions.Needs.Default),
        new(IncubationPermissions.Needs.Supervise, "Visits", IncubationPermissions.Needs.Default),
        new(IncubationPermissions.ReminderLetters.Default, "Visits"),
        new(IncubationPermissions.ReminderLetters.Issue, "Visits", IncubationPermissions.ReminderLetters.Default),
        new(IncubationPermissions.Platforms.Default, "Platforms"),
        new(IncubationPermissions.Platforms.Manage, "Platforms", IncubationPermissions.Platforms.Default),
        new(IncubationPermissions.Benefits.Default, "Planning"),
        new(IncubationPermissions.Benefits.Manage, "Planning", IncubationPermissions.Benefits.Default),
        new(IncubationPermissions.KeyTasks.Default, "Planning"),
        new(IncubationPermissions.KeyTasks.Manage, "Planning", IncubationPermissions.KeyTasks.Default),
        new(IncubationPermissions.KeyTasks.Progress, "Planning", IncubationPermissions.KeyTasks.Default),
        new(IncubationPermissions.Reports.Default, "Planning"),
        new(IncubationPermissions.Reports.Issue, "Planning", IncubationPermissions.Reports.Default),
        new(IncubationPermissions.Files.Default, "Files"),
        new(IncubationPermissions.Files.Upload, "Files", IncubationPermissions.Files.Default),
        new(IncubationPermissions.Registrations.Default, "Registrations"),
        new(IncubationPermissions.Registrations.Verify, "Registrations", IncubationPermissions.Registrations.Default),
        new(IncubationPermissions.Imports.Default, "Imports"),
        new(IncubationPermissions.Portal.Default, "Portal"),
        new(IncubationPermissions.Planning.Default, "Planning"),
        new(IncubationPermissions.Planning.Targets, "Planning", IncubationPermissions.Planning.Default),
        new(IncubationPermissions.Administration.Default, "Administration"),
        new(IncubationPermissions.Administration.Users, "Administration", IncubationPermissions.Administration.Default),
        new(IncubationPermissions.Administration.Roles, "Administration", IncubationPermissions.Administration.Default),
        new(IncubationPermissions.Administration.AuditLogs, "Administration", IncubationPermissions.Administration.Default),
        new(IncubationPermissions.Administration.Calendar, "Administration", IncubationPermissions.Administration.Default),
    ];
}
