namespace Incubation.Visits;

/// <summary>A visit with its enterprise's labels, for filtering and sorting in SQL.</summary>
internal sealed class VisitRow
{
    public required Visit Visit { get; init; }
    public required string EnterpriseName { get; init; }
    public required string SubDistrictCode { get; init; }
    public string? SubDistrictName { get; init; }
}

/// <summary>Sort keys of the visit ledger (a whitelist).</summary>
public static class VisitSorting
{
    public static readonly IReadOnlyList<string> Keys = ["visitDate", "enterpriseName"];

    public static bool IsKnown(string? sorting) => sorting is null || Parse(sorting) is not null;

    internal static IQueryable<VisitRow> Apply(IQueryable<VisitRow> query, string? sorting) =>
        (Parse(sorting) ?? ("visitDate", true)) switch
        {
            ("enterpriseName", false) => query.OrderBy(r => r.EnterpriseName).ThenByDescending(r => r.Visit.VisitDate).ThenBy(r => r.Visit.Id),
            ("enterpriseName", true) => query.OrderByDescending(r => r.EnterpriseName).ThenByDescending(r => r.Visit.VisitDate).ThenBy(r => r.Visit.Id),
            ("visitDate", false) => query.OrderBy(r => r.Visit.VisitDate).ThenBy(r => r.Visit.Id),
            _ => query.OrderByDescending(r => r.Visit.VisitDate).ThenByDescending(r => r.Visit.Id),
        };

    private static (string Key, bool Descending)? Parse(string? sorting) => SortingParser.Parse(sorting, Keys, ("visitDate", true));
}
