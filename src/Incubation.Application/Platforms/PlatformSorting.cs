namespace Incubation.Platforms;

/// <summary>Sort keys of the platform register (a whitelist); the id breaks ties so pages never overlap.</summary>
public static class PlatformSorting
{
    public static readonly IReadOnlyList<string> Keys = ["approvedOn", "name", "kind", "level"];

    public static bool IsKnown(string? sorting) => sorting is null || Parse(sorting) is not null;

    internal static IQueryable<PlatformRow> Apply(IQueryable<PlatformRow> query, string? sorting) =>
        (Parse(sorting) ?? ("approvedOn", true)) switch
        {
            ("name", false) => query.OrderBy(r => r.Platform.Name).ThenBy(r => r.Platform.Id),
            ("name", true) => query.OrderByDescending(r => r.Platform.Name).ThenBy(r => r.Platform.Id),
            ("kind", false) => query.OrderBy(r => r.Platform.Kind).ThenBy(r => r.Platform.Name).ThenBy(r => r.Platform.Id),
            ("kind", true) => query.OrderByDescending(r => r.Platform.Kind).ThenBy(r => r.Platform.Name).ThenBy(r => r.Platform.Id),
            ("level", false) => query.OrderBy(r => r.Platform.Level).ThenBy(r => r.Platform.Name).ThenBy(r => r.Platform.Id),
            ("level", true) => query.OrderByDescending(r => r.Platform.Level).ThenBy(r => r.Platform.Name).ThenBy(r => r.Platform.Id),
            ("approvedOn", false) => query.OrderBy(r => r.Platform.ApprovedOn).ThenBy(r => r.Platform.Id),
            _ => query.OrderByDescending(r => r.Platform.ApprovedOn).ThenByDescending(r => r.Platform.Id),
        };

    private static (string Key, bool Descending)? Parse(string? sorting) => SortingParser.Parse(sorting, Keys, ("approvedOn", true));
}

/// <summary>Sort keys of the tech-transfer projects (a whitelist).</summary>
public static class ProjectSorting
{
    public static readonly IReadOnlyList<string> Keys = ["year", "title", "enterpriseName", "amountFunded", "fundedOn"];

    public static bool IsKnown(string? sorting) => sorting is null || Parse(sorting) is not null;

    internal static IQueryable<ProjectRow> Apply(IQueryable<ProjectRow> query, string? sorting) =>
        (Parse(sorting) ?? ("year", true)) switch
        {
            ("title", false) => query.OrderBy(r => r.Project.Title).ThenBy(r => r.Project.Id),
            ("title", true) => query.OrderByDescending(r => r.Project.Title).ThenBy(r => r.Project.Id),
            ("enterpriseName", false) => query.OrderBy(r => r.EnterpriseName).ThenBy(r => r.Project.Id),
            ("enterpriseName", true) => query.OrderByDescending(r => r.EnterpriseName).ThenBy(r => r.Project.Id),
            ("amountFunded", false) => query.OrderBy(r => r.Project.AmountFunded).ThenBy(r => r.Project.Id),
            ("amountFunded", true) => query.OrderByDescending(r => r.Project.AmountFunded).ThenBy(r => r.Project.Id),
            ("fundedOn", false) => query.OrderBy(r => r.Project.FundedOn).ThenBy(r => r.Project.Id),
            ("fundedOn", true) => query.OrderByDescending(r => r.Project.FundedOn).ThenBy(r => r.Project.Id),
            ("year", false) => query.OrderBy(r => r.Project.Year).ThenBy(r => r.Project.Title).ThenBy(r => r.Project.Id),
            _ => query.OrderByDescending(r => r.Project.Year).ThenBy(r => r.Project.Title).ThenBy(r => r.Project.Id),
        };

    private static (string Key, bool Descending)? Parse(string? sorting) => SortingParser.Parse(sorting, Keys, ("year", true));
}

/// <summary>Sort keys of the incubators (a whitelist); the counts sort in SQL too.</summary>
public static class IncubatorSorting
{
    public static readonly IReadOnlyList<string> Keys = ["name", "incubatedCount", "highTechCount"];

    public static bool IsKnown(string? sorting) => sorting is null || SortingParser.Parse(sorting, Keys, ("name", false)) is not null;

    internal static (string Key, bool Descending) Parse(string? sorting) => SortingParser.Parse(sorting, Keys, ("name", false)) ?? ("name", false);
}
