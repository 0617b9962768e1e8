using Incubation.Dtos;

namespace Incubation.Enterprises;

public sealed record EnterpriseListItemDto(
    Guid Id,
    string Name,
    string UnifiedSocialCreditCode,
    string SubDistrictCode,
    string? SubDistrictName,
    string IndustryFieldCode,
    string? IndustryFieldName,
    string? IncubatorName,
    DateOnly? EstablishedOn,
    bool IsAboveScale,
    bool IsSciTechService,
    bool IsDemo,
    DateTime CreationTime);

public sealed record EnterpriseContactDto(Guid Id, string Name, string? Title, string? Phone, string? Email);

public sealed record EnterpriseDto(
    Guid Id,
    string Name,
    string UnifiedSocialCreditCode,
    string? CreditCodeOverrideReason,
    string? LegalRepresentative,
    DateOnly? EstablishedOn,
    decimal? RegisteredCapital,
    string SubDistrictCode,
    string? SubDistrictName,
    string? Address,
    string IndustryFieldCode,
    string? IndustryFieldName,
    Guid? IncubatorId,
    string? IncubatorName,
    Guid? ResponsibleOfficerId,
    IReadOnlyList<EnterpriseContactDto> Contacts,
    IReadOnlyList<string> Tags,
    bool IsAboveScale,
    bool IsSciTechService,
    bool IsDemo,
    DateTime CreationTime,
    DateTime? LastModificationTime,
    string ConcurrencyStamp);

public class GetEnterpriseListInput : PagedAndSortedResultRequestDto
{
    /// <summary>Matches the name or the credit code.</summary>
    public string? Filter { get; set; }

    public string? SubDistrictCode { get; set; }

    /// <summary>A tech-field code at any level; matches that field and the fields under it.</summary>
    public string? IndustryFieldCode { get; set; }

    /// <summary>true: only 规上 (above-designated-size) enterprises; omitted: all.</summary>
    public bool? IsAboveScale { get; set; }

    /// <summary>true: only enterprises in 科学研究和技术服务业; omitted: all.</summary>
    public bool? IsSciTechService { get; set; }
}

public class EnterpriseContactInput
{
    public Guid? Id { get; set; }
    public string Name { get; set; } = string.Empty;
    public string? Title { get; set; }
    public string? Phone { get; set; }
    public string? Email { get; set; }
}

public abstract class CreateUpdateEnterpriseDtoBase
{
    public string Name { get; set; } = string.Empty;
    public string UnifiedSocialCreditCode { get; set; } = string.Empty;

    /// <summary>Required only to accept a code that fails its check digit (domain-rules §7.5).</summary>
    public string? CreditCodeOverrideReason { get; set; }

    public string? LegalRepresentative { get; set; }
    public DateOnly? EstablishedOn { get; set; }
    public decimal? RegisteredCapital { get; set; }
    public string SubDistrictCode { get; set; } = string.Empty;
    public string? Address { get; set; }
    public string IndustryFieldCode { get; set; } = string.Empty;
    public Guid? IncubatorId { get; set; }
    public Guid? ResponsibleOfficerId { get; set; }
    public List<EnterpriseContactInput> Contacts { get; set; } = [];
    public List<string> Tags { get; set; } = [];

    /// <summary>规上: registered as above designated size with the statistics bureau.</summary>
    public bool IsAboveScale { get; set; }

    /// <summary>In 科学研究和技术服务业 (GB/T 4754 门类 M).</summary>
    public bool IsSciTechService { get; set; }
}

public class CreateEnterpriseDto : CreateUpdateEnterpriseDtoBase;

public class UpdateEnterpriseDto : CreateUpdateEnterpriseDtoBase
{
    public string ConcurrencyStamp { get; set; } = string.Empty;
}
