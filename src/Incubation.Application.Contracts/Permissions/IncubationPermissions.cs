namespace Incubation.Permissions;

/// <summary>Permission names; one group per module. Granted to roles and stored in the database.</summary>
public static class IncubationPermissions
{
    public const string GroupName = "Incubation";

    public static class Enterprises
    {
        public const string Default = GroupName + ".Enterprises";
        public const string Create = Default + ".Create";
        public const string Update = Default + ".Update";
        public const string Delete = Default + ".Delete";
    }

    public static class YearlyData
    {
        public const string Default = GroupName + ".YearlyData";
        public const string Edit = Default + ".Edit";
        public const string Verify = Default + ".Verify";
    }

    public static class Cultivation
    {
        public const string Default = GroupName + ".Cultivation";
        public const string Propose = Default + ".Propose";
        public const string Review = Default + ".Review";
        public const string Manage = Default + ".Manage";
    }

    public static class Qualifications
    {
        public const string Default = GroupName + ".Qualifications";
        public const string Manage = Default + ".Manage";
    }

    public static class Applications
    {
        public const string Default = GroupName + ".Applications";

        /// <summary>Start, move, approve applications and keep their evidence (the bureau, incubators for theirs).</summary>
        public const string Manage = Default + ".Manage";
    }

    public static class Visits
    {
        public const string Default = GroupName + ".Visits";
        public const string Create = Default + ".Create";
    }

    public static class Needs
    {
        public const string Default = GroupName + ".Needs";
        public const string Create = Default + ".Create";

        /// <summary>The responsible unit's steps: accept, start, resolve, transfer, ask to close as unresolvable.</summary>
        public const string Handle = Default + ".Handle";

        /// <summary>The enterprise's or officer's confirmation with a rating, or a reopen.</summary>
        public const string Confirm = Default + ".Confirm";

        /// <summary>The bureau's oversight: act for any unit, approve or refuse "unresolvable".</summary>
        public const string Supervise = Default + ".Supervise";
    }

    public static class ReminderLetters
    {
        public const string Default = GroupName + ".ReminderLetters";
        public const string Issue = Default + ".Issue";
    }

    /// <summary>Innovation platforms, incubators and tech-transfer projects (module Platforms).</summary>
    public static class Platforms
    {
        public const string Default = GroupName + ".Platforms";
        public const string Manage = Default + ".Manage";
    }

    /// <summary>The benefits ledger: subsidies and rewards granted to enterprises.</summary>
    public static class Benefits
    {
        public const string Default = GroupName + ".Benefits";
        public const string Manage = Default + ".Manage";
    }

    /// <summary>The plan's key tasks: the bureau assigns their units; units write their half-yearly progress.</summary>
    public static class KeyTasks
    {
        public const string Default = GroupName + ".KeyTasks";
        public const string Manage = Default + ".Manage";
        public const string Progress = Default + ".Progress";
    }

    /// <summary>The 半年通报: read (drafts by district-wide readers only, issued reports by units too) and issue.</summary>
    public static class Reports
    {
        public const string Default = GroupName + ".Reports";
        public const string Issue = Default + ".Issue";
    }

    public static class Files
    {
        public const string Default = GroupName + ".Files";
        public const string Upload = Default + ".Upload";
    }

    /// <summary>The bureau's verification of self-registrations, claims and key-field changes of enterprises.</summary>
    public static class Registrations
    {
        public const string Default = GroupName + ".Registrations";
        public const string Verify = Default + ".Verify";
    }

    /// <summary>Spreadsheet import of enterprises, yearly data and qualifications (the bureau's rosters).</summary>
    public static class Imports
    {
        public const string Default = GroupName + ".Imports";
    }

    /// <summary>The enterprise's own workspace (企业门户): its profile and colleagues.</summary>
    public static class Portal
    {
        public const string Default = GroupName + ".Portal";
    }

    /// <summary>The district's targets: the dashboard (read, within the user's scope) and the targets themselves.</summary>
    public static class Planning
    {
        public const string Default = GroupName + ".Planning";
        public const string Targets = Default + ".Targets";
    }

    public static class Administration
    {
        public const string Default = GroupName + ".Administration";
        public const string Users = Default + ".Users";
        public const string Roles = Default + ".Roles";
        public const string AuditLogs = Default + ".AuditLogs";
        public const string Calendar = Default + ".Calendar";
    }
}
