namespace Incubation.Platforms;

/// <summary>A platform with its host enterprise's and sub-district's names, for filtering and sorting in SQL.</summary>
internal sealed class PlatformRow
{
    public required InnovationPlatform Platform { get; init; }
    public string? HostEnterpriseName { get; init; }
    public string? SubDistrictName { get; init; }
}

/// <summary>A tech-transfer project with its enterprise's name.</summary>
internal sealed class ProjectRow
{
    public required TechTransferProject Project { get; init; }
    public required string EnterpriseName { get; init; }
}
