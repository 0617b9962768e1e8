namespace Incubation.Enterprises;

/// <summary>The sort keys the enterprise list accepts: a whitelist, so no client string reaches LINQ.</summary>
public static class EnterpriseSorting
{
    public static readonly IReadOnlyList<string> Keys = ["name", "unifiedSocialCreditCode", "establishedOn", "creationTime"];

    public static bool IsKnown(string? sorting) => sorting is null || Parse(sorting) is not null;

    public static IQueryable<Enterprise> Apply(IQueryable<Enterprise> query, string? sorting)
    {
        var (key, descending) = Parse(sorting) ?? ("creationTime", true);
        // The id breaks ties so that pages never overlap or skip a row.
        return (key, descending) switch
        {
            ("name", false) => query.OrderBy(e => e.Name).ThenBy(e => e.Id),
            ("name", true) => query.OrderByDescending(e => e.Name).ThenBy(e => e.Id),
            ("unifiedSocialCreditCode", false) => query.OrderBy(e => e.UnifiedSocialCreditCode),
            ("unifiedSocialCreditCode", true) => query.OrderByDescending(e => e.UnifiedSocialCreditCode),
            ("establishedOn", false) => query.OrderBy(e => e.EstablishedOn).ThenBy(e => e.Id),
            ("establishedOn", true) => query.OrderByDescending(e => e.EstablishedOn).ThenBy(e => e.Id),
            ("creationTime", false) => query.OrderBy(e => e.CreationTime).ThenBy(e => e.Id),
            _ => query.OrderByDescending(e => e.CreationTime).ThenByDescending(e => e.Id),
        };
    }

    private static (string Key, bool Descending)? Parse(string? sorting) => SortingParser.Parse(sorting, Keys, ("creationTime", true));
}
