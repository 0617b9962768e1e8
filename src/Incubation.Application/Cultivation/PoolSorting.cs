namespace Incubation.Cultivation;

/// <summary>Sort keys of the pool roster (a whitelist: no client string reaches LINQ).</summary>
public static class PoolSorting
{
    public static readonly IReadOnlyList<string> Keys = ["enterpriseName", "stageSince", "admittedAt"];

    public static bool IsKnown(string? sorting) => sorting is null || Parse(sorting) is not null;

    internal static IQueryable<PoolRow> Apply(IQueryable<PoolRow> query, string? sorting) =>
        (Parse(sorting) ?? ("enterpriseName", false)) switch
        {
            ("stageSince", false) => query.OrderBy(r => r.Membership.StageSince).ThenBy(r => r.Membership.Id),
            ("stageSince", true) => query.OrderByDescending(r => r.Membership.StageSince).ThenBy(r => r.Membership.Id),
            ("admittedAt", false) => query.OrderBy(r => r.Membership.AdmittedAt).ThenBy(r => r.Membership.Id),
            ("admittedAt", true) => query.OrderByDescending(r => r.Membership.AdmittedAt).ThenBy(r => r.Membership.Id),
            (_, true) => query.OrderByDescending(r => r.Enterprise.Name).ThenBy(r => r.Membership.Id),
            _ => query.OrderBy(r => r.Enterprise.Name).ThenBy(r => r.Membership.Id),
        };

    private static (string Key, bool Descending)? Parse(string? sorting) => SortingParser.Parse(sorting, Keys, ("enterpriseName", false));
}

/// <summary>A pool member joined with its (scope-filtered) enterprise, for filtering and sorting in SQL.</summary>
internal sealed class PoolRow
{
    public required PoolMembership Membership { get; init; }
    public required Enterprises.Enterprise Enterprise { get; init; }
}
