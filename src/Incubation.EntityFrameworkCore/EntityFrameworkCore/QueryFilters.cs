namespace Incubation.EntityFrameworkCore;

/// <summary>Names of the global query filters, so a query can lift one explicitly and visibly.</summary>
public static class QueryFilters
{
    public const string SoftDelete = "SoftDelete";
    public const string DataScope = "DataScope";
}
