namespace Incubation.Planning.Benefits;

/// <summary>Sort keys of the benefits ledger (a whitelist); the id breaks ties so pages never overlap.</summary>
public static class BenefitSorting
{
    public static readonly IReadOnlyList<string> Keys = ["grantedOn", "amount", "enterpriseName", "policy"];

    public static bool IsKnown(string? sorting) => sorting is null || Parse(sorting) is not null;

    internal static IQueryable<BenefitRow> Apply(IQueryable<BenefitRow> query, string? sorting) =>
        (Parse(sorting) ?? ("grantedOn", true)) switch
        {
            ("amount", false) => query.OrderBy(r => r.Grant.Amount).ThenBy(r => r.Grant.Id),
            ("amount", true) => query.OrderByDescending(r => r.Grant.Amount).ThenBy(r => r.Grant.Id),
            ("enterpriseName", false) => query.OrderBy(r => r.EnterpriseName).ThenByDescending(r => r.Grant.GrantedOn).ThenBy(r => r.Grant.Id),
            ("enterpriseName", true) => query.OrderByDescending(r => r.EnterpriseName).ThenByDescending(r => r.Grant.GrantedOn).ThenBy(r => r.Grant.Id),
            ("policy", false) => query.OrderBy(r => r.Grant.Policy).ThenByDescending(r => r.Grant.GrantedOn).ThenBy(r => r.Grant.Id),
            ("policy", true) => query.OrderByDescending(r => r.Grant.Policy).ThenByDescending(r => r.Grant.GrantedOn).ThenBy(r => r.Grant.Id),
            ("grantedOn", false) => query.OrderBy(r => r.Grant.GrantedOn).ThenBy(r => r.Grant.Id),
            _ => query.OrderByDescending(r => r.Grant.GrantedOn).ThenByDescending(r => r.Grant.Id),
        };

    private static (string Key, bool Descending)? Parse(string? sorting) => SortingParser.Parse(sorting, Keys, ("grantedOn", true));
}
