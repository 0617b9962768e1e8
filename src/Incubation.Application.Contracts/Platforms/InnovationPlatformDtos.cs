using Incubation.Dtos;

namespace Incubation.Platforms;

/// <summary>A 科技创新平台 as lists, forms and the export show it; the host is an enterprise or an institution.</summary>
public sealed record InnovationPlatformDto(
    Guid Id,
    string Name,
    PlatformKind Kind,
    PlatformLevel Level,
    Guid? HostEnterpriseId,
    string? HostEnterpriseName,
    string? HostInstitution,
    string SubDistrictCode,
    string? SubDistrictName,
    string? ApprovalNumber,
    DateOnly ApprovedOn,
    PlatformStatus Status,
    DateOnly? EndedOn,
    string? Note,
    DateTime CreationTime,
    string ConcurrencyStamp);

public class GetInnovationPlatformListInput : PagedAndSortedResultRequestDto
{
    public PlatformKind? Kind { get; set; }
    public PlatformLevel? Level { get; set; }
    public PlatformStatus? Status { get; set; }
    public string? SubDistrictCode { get; set; }

    /// <summary>Platforms hosted by this enterprise.</summary>
    public Guid? HostEnterpriseId { get; set; }

    /// <summary>Matches the name, the approval number, the host institution or the host enterprise's name.</summary>
    public string? Filter { get; set; }
}

/// <summary>The fields of a platform a user enters; exactly one host (an enterprise of the registry or an institution).</summary>
public abstract class CreateUpdateInnovationPlatformDtoBase
{
    public string Name { get; set; } = string.Empty;
    public PlatformKind Kind { get; set; }
    public PlatformLevel Level { get; set; }
    public Guid? HostEnterpriseId { get; set; }
    public string? HostInstitution { get; set; }
    public string SubDistrictCode { get; set; } = string.Empty;
    public string? ApprovalNumber { get; set; }
    public DateOnly ApprovedOn { get; set; }
    public PlatformStatus Status { get; set; }

    /// <summary>Required once revoked or closed; ignored while active.</summary>
    public DateOnly? EndedOn { get; set; }

    public string? Note { get; set; }
}

public sealed class CreateInnovationPlatformDto : CreateUpdateInnovationPlatformDtoBase;

public sealed class UpdateInnovationPlatformDto : CreateUpdateInnovationPlatformDtoBase
{
    /// <summary>The stamp read with the platform: a stale one gets 409.</summary>
    public string ConcurrencyStamp { get; set; } = string.Empty;
}
