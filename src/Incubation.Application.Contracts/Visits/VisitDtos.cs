using Incubation.Dtos;

namespace Incubation.Visits;

public sealed record VisitAttendeeDto(string Name, string? Title);

public sealed record VisitOfficerDto(Guid UserId, string DisplayName);

public sealed class VisitAttendeeInput
{
    public string Name { get; set; } = string.Empty;
    public string? Title { get; set; }
}

public sealed class VisitNeedInput
{
    public NeedCategory Category { get; set; }
    public string Description { get; set; } = string.Empty;
    public bool IsBottleneck { get; set; }
    public Guid ResponsibleUnitId { get; set; }
}

/// <summary>
/// A visit as logged on site. <see cref="ClientRequestId"/> is made once per draft on the device: sending the same
/// draft again (a lost response, a retry when the network returns) answers with the visit already created.
/// </summary>
public sealed class CreateVisitDto
{
    public Guid ClientRequestId { get; set; }
    public Guid EnterpriseId { get; set; }
    public DateOnly VisitDate { get; set; }
    public VisitKind Kind { get; set; }

    /// <summary>Other officers who came along; the author is always an officer of the visit.</summary>
    public List<Guid> OfficerIds { get; set; } = [];

    public List<VisitAttendeeInput> Attendees { get; set; } = [];
    public List<string> PolicyCodes { get; set; } = [];
    public string? Operations { get; set; }
    public string? Innovation { get; set; }
    public string? Difficulties { get; set; }
    public string? Notes { get; set; }
    public Guid? SignatureFileId { get; set; }
    public List<Guid> AttachmentFileIds { get; set; } = [];
    public List<VisitNeedInput> Needs { get; set; } = [];
}

public sealed record VisitListItemDto(
    Guid Id,
    Guid EnterpriseId,
    string EnterpriseName,
    string? SubDistrictName,
    DateOnly VisitDate,
    VisitKind Kind,
    IReadOnlyList<string> Officers,
    int NeedCount,
    int OpenNeedCount);

public sealed record VisitDto(
    Guid Id,
    Guid ClientRequestId,
    Guid EnterpriseId,
    string EnterpriseName,
    DateOnly VisitDate,
    VisitKind Kind,
    IReadOnlyList<VisitOfficerDto> Officers,
    IReadOnlyList<VisitAttendeeDto> Attendees,
    IReadOnlyList<string> PolicyCodes,
    string? Operations,
    string? Innovation,
    string? Difficulties,
    string? Notes,
    Guid? SignatureFileId,
    IReadOnlyList<Guid> AttachmentFileIds,
    IReadOnlyList<NeedListItemDto> Needs,
    DateTime CreationTime);

public class GetVisitListInput : PagedAndSortedResultRequestDto
{
    public DateOnly? From { get; set; }
    public DateOnly? To { get; set; }
    public string? SubDistrictCode { get; set; }
    public Guid? OfficerId { get; set; }
    public Guid? EnterpriseId { get; set; }
    public VisitKind? Kind { get; set; }
    public string? Filter { get; set; }
}

public sealed record PolicyTopicDto(string Code, string Name);

public sealed record OfficerOptionDto(Guid Id, string DisplayName);
