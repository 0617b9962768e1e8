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

    public static class Administration
    {
        public const string Default = GroupName + ".Administration";
        public const string Users = Default + ".Users";
        public const string Roles = Default + ".Roles";
        public const string AuditLogs = Default + ".AuditLogs";
    }
}
