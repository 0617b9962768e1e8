namespace Incubation.Visits;

/// <summary>A need with the names it is shown with, for filtering, sorting and projecting in SQL.</summary>
internal sealed class NeedRow
{
    public required Need Need { get; init; }
    public required string EnterpriseName { get; init; }
    public required string SubDistrictCode { get; init; }
    public required string UnitName { get; init; }
}

/// <summary>Sort keys of the needs ledger (a whitelist).</summary>
public static class NeedSorting
{
    public static readonly IReadOnlyList<string> Keys = ["raisedOn", "dueDate", "enterpriseName", "status"];

    public static bool IsKnown(string? sorting) => sorting is null || Parse(sorting) is not null;

    internal static IQueryable<NeedRow> Apply(IQueryable<NeedRow> query, string? sorting) =>
        (Parse(sorting) ?? ("raisedOn", true)) switch
        {
            ("dueDate", false) => query.OrderBy(r => r.Need.DueDate).ThenBy(r => r.Need.Id),
            ("dueDate", true) => query.OrderByDescending(r => r.Need.DueDate).ThenBy(r => r.Need.Id),
            ("enterpriseName", false) => query.OrderBy(r => r.EnterpriseName).ThenBy(r => r.Need.Id),
            ("enterpriseName", true) => query.OrderByDescending(r => r.EnterpriseName).ThenBy(r => r.Need.Id),
            ("status", false) => query.OrderBy(r => r.Need.Status).ThenBy(r => r.Need.DueDate),
            ("status", true) => query.OrderByDescending(r => r.Need.Status).ThenBy(r => r.Need.DueDate),
            ("raisedOn", false) => query.OrderBy(r => r.Need.RaisedAt).ThenBy(r => r.Need.Id),
            _ => query.OrderByDescending(r => r.Need.RaisedAt).ThenByDescending(r => r.Need.Id),
        };

    private static (string Key, bool Descending)? Parse(string? sorting) => SortingParser.Parse(sorting, Keys, ("raisedOn", true));
}
