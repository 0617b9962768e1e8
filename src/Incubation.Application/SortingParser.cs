namespace Incubation;

/// <summary>Reads "key" or "key desc" against a list's whitelist of sort keys; null when the input is not one of them.</summary>
public static class SortingParser
{
    public static (string Key, bool Descending)? Parse(string? sorting, IReadOnlyList<string> keys, (string Key, bool Descending) defaultSort)
    {
        if (string.IsNullOrWhiteSpace(sorting))
        {
            return defaultSort;
        }

        var parts = sorting.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var key = keys.FirstOrDefault(k => string.Equals(k, parts[0], StringComparison.OrdinalIgnoreCase));
        return (key, parts.Length) switch
        {
            (null, _) => null,
            (_, 1) => (key, false),
            (_, 2) when parts[1].Equals("asc", StringComparison.OrdinalIgnoreCase) => (key, false),
            (_, 2) when parts[1].Equals("desc", StringComparison.OrdinalIgnoreCase) => (key, true),
            _ => null,
        };
    }
}
