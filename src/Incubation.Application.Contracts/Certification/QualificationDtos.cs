namespace Incubation.Certification;

public sealed record QualificationDto(
    Guid Id, QualificationKind Kind, string CertificateNumber, DateOnly IssuedOn, DateOnly ExpiresOn, string Source, bool IsValidToday,
    CertificateLevel Level, string? IssuingBody, IReadOnlyList<Guid> DocumentFileIds);

public class CreateQualificationDto
{
    public QualificationKind Kind { get; set; }
    public string CertificateNumber { get; set; } = string.Empty;
    public DateOnly IssuedOn { get; set; }

    /// <summary>Omitted: the rules' default validity (three years; the evaluation year for 科技型中小企业).</summary>
    public DateOnly? ExpiresOn { get; set; }

    public string? Source { get; set; }

    /// <summary>Omitted: the kind's usual level.</summary>
    public CertificateLevel? Level { get; set; }

    public string? IssuingBody { get; set; }

    /// <summary>Files already uploaded for this enterprise (the certificate scan…).</summary>
    public List<Guid>? DocumentFileIds { get; set; }
}

public sealed record ScienceRungDto(ScienceRung Rung, DateOnly? ValidUntil);

public sealed record MiitRungDto(MiitRung Rung, DateOnly? ValidUntil);

public sealed record LadderDto(DateOnly AsOf, ScienceRungDto Science, MiitRungDto Miit);

/// <summary>Qualifications held by an enterprise and its rungs on the two ladders.</summary>
public interface IQualificationAppService
{
    Task<IReadOnlyList<QualificationDto>> GetListAsync(Guid enterpriseId, CancellationToken cancellationToken);

    Task<QualificationDto> CreateAsync(Guid enterpriseId, CreateQualificationDto input, CancellationToken cancellationToken);

    Task DeleteAsync(Guid enterpriseId, Guid id, CancellationToken cancellationToken);

    Task<LadderDto> GetLaddersAsync(Guid enterpriseId, DateOnly? asOf, CancellationToken cancellationToken);
}

/// <summary>The re-certification list (临期): 高企 certificates expiring in a year.</summary>
public class GetRecertificationListInput : Incubation.Dtos.PagedAndSortedResultRequestDto
{
    /// <summary>Omitted: this year (China time).</summary>
    public int? Year { get; set; }

    public string? SubDistrictCode { get; set; }
    public Guid? IncubatorId { get; set; }
}

public sealed record RecertificationItemDto(
    Guid QualificationId,
    Guid EnterpriseId,
    string EnterpriseName,
    string CertificateNumber,
    DateOnly IssuedOn,
    DateOnly ExpiresOn,
    int DaysLeft,
    string SubDistrictCode,
    string? SubDistrictName,
    string? IncubatorName,
    bool Renewed);

public sealed record CertificationReminderRunResult(DateOnly Today, int Expiring, int AnnualReports, int Notifications);

public interface IRecertificationAppService
{
    Task<Incubation.Dtos.PagedResultDto<RecertificationItemDto>> GetListAsync(GetRecertificationListInput input, CancellationToken cancellationToken);

    Task<IReadOnlyList<RecertificationItemDto>> GetListForExportAsync(GetRecertificationListInput input, CancellationToken cancellationToken);
}
