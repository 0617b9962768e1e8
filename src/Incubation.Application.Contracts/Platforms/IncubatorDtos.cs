using Incubation.Dtos;

namespace Incubation.Platforms;

/// <summary>
/// An incubator with how far it is from its targets: the enterprises it incubates now and how many of them hold a
/// valid 高企 certificate today, counted among the enterprises the caller may see. An innovation base without targets
/// of its own carries the plan's (≥30 incubated, ≥10 高企).
/// </summary>
public sealed record IncubatorDto(
    Guid Id,
    string Name,
    IncubatorKind Kind,
    PlatformLevel? Level,
    string? Operator,
    string SubDistrictCode,
    string? SubDistrictName,
    int? IncubatedTarget,
    int? HighTechTarget,
    int? EffectiveIncubatedTarget,
    int? EffectiveHighTechTarget,
    int IncubatedCount,
    int HighTechCount,
    bool IsDemo,
    string ConcurrencyStamp);

public class GetIncubatorListInput : PagedAndSortedResultRequestDto
{
    public IncubatorKind? Kind { get; set; }
    public string? SubDistrictCode { get; set; }

    /// <summary>Matches the name or the operator.</summary>
    public string? Filter { get; set; }
}

public abstract class CreateUpdateIncubatorDtoBase
{
    public string Name { get; set; } = string.Empty;
    public IncubatorKind Kind { get; set; }
    public PlatformLevel? Level { get; set; }

    /// <summary>The company or institution running it (运营主体).</summary>
    public string? Operator { get; set; }

    public string SubDistrictCode { get; set; } = string.Empty;
    public int? IncubatedTarget { get; set; }
    public int? HighTechTarget { get; set; }
}

public sealed class CreateIncubatorDto : CreateUpdateIncubatorDtoBase;

public sealed class UpdateIncubatorDto : CreateUpdateIncubatorDtoBase
{
    public string ConcurrencyStamp { get; set; } = string.Empty;
}
