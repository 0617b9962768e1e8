namespace Incubation.Dtos;

/// <summary>Server-side paging and sorting of a list (ABP's shape).</summary>
public class PagedAndSortedResultRequestDto
{
    public const int DefaultMaxResultCount = 20;
    public const int MaxMaxResultCount = 100;

    /// <summary>One of the sort keys the list offers, optionally followed by " desc".</summary>
    public string? Sorting { get; set; }

    public int SkipCount { get; set; }

    public int MaxResultCount { get; set; } = DefaultMaxResultCount;
}
