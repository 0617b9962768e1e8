using Incubation.Dtos;

namespace Incubation.Certification;

public sealed record EvidenceItemDto(string Code, string Name, EvidenceState State, DateOnly? ExpiresOn, string? Note);

public sealed record ApplicationEventDto(ApplicationStage? FromStage, ApplicationStage ToStage, string? UserName, DateTime Time, string? Note);

public sealed record CertificationApplicationDto(
    Guid Id,
    Guid EnterpriseId,
    string EnterpriseName,
    QualificationKind Kind,
    int Year,
    ApplicationStage Stage,
    DateTime StageSince,
    decimal Completeness,
    Guid? QualificationId,
    IReadOnlyList<ApplicationStage> AllowedMoves,
    IReadOnlyList<EvidenceItemDto> Evidence,
    IReadOnlyList<ApplicationEventDto> Events,
    string ConcurrencyStamp);

public sealed record ApplicationCardDto(
    Guid Id, Guid EnterpriseId, string EnterpriseName, ApplicationStage Stage, DateTime StageSince, decimal Completeness, string ConcurrencyStamp);

public sealed record PipelineColumnDto(ApplicationStage Stage, long Count, IReadOnlyList<ApplicationCardDto> Items);

public class GetPipelineInput
{
    public QualificationKind Kind { get; set; } = QualificationKind.HighTech;

    /// <summary>Omitted: this year (China time).</summary>
    public int? Year { get; set; }

    /// <summary>Cards per column (the column's count is the full number).</summary>
    public int MaxPerColumn { get; set; } = 50;
}

public class CreateApplicationDto
{
    public Guid EnterpriseId { get; set; }
    public QualificationKind Kind { get; set; }
    public int Year { get; set; }
    public string? Note { get; set; }
}

public class MoveApplicationDto
{
    public ApplicationStage Stage { get; set; }
    public string? Note { get; set; }
    public string ConcurrencyStamp { get; set; } = string.Empty;

    /// <summary>Required to approve: the certificate's number and issue date (expiry by the rules unless given).</summary>
    public string? CertificateNumber { get; set; }

    public DateOnly? IssuedOn { get; set; }
    public DateOnly? ExpiresOn { get; set; }
}

public class UpdateEvidenceDto
{
    public string Code { get; set; } = string.Empty;
    public EvidenceState State { get; set; }
    public DateOnly? ExpiresOn { get; set; }
    public string? Note { get; set; }
    public string ConcurrencyStamp { get; set; } = string.Empty;
}

/// <summary>The certification pipelines (认定申请): a board per kind and year, moves, evidence and approval.</summary>
public interface ICertificationApplicationAppService
{
    Task<IReadOnlyList<PipelineColumnDto>> GetPipelineAsync(GetPipelineInput input, CancellationToken cancellationToken);

    Task<CertificationApplicationDto> GetAsync(Guid id, CancellationToken cancellationToken);

    Task<IReadOnlyList<CertificationApplicationDto>> GetForEnterpriseAsync(Guid enterpriseId, CancellationToken cancellationToken);

    Task<CertificationApplicationDto> CreateAsync(CreateApplicationDto input, CancellationToken cancellationToken);

    Task<CertificationApplicationDto> MoveAsync(Guid id, MoveApplicationDto input, CancellationToken cancellationToken);

    Task<CertificationApplicationDto> UpdateEvidenceAsync(Guid id, UpdateEvidenceDto input, CancellationToken cancellationToken);

    /// <summary>Every application of the board's kind and year in scope, for the Excel export.</summary>
    Task<IReadOnlyList<ApplicationExportRowDto>> GetListForExportAsync(GetPipelineInput input, CancellationToken cancellationToken);

    /// <summary>Moves the applications of a published list to Publicized or Approved in one transaction; reports the rest.</summary>
    Task<OfficialListImportResultDto> ImportOfficialListAsync(ImportOfficialListInput input, IReadOnlyList<OfficialListRow> rows, CancellationToken cancellationToken);
}

/// <summary>One row of an official list (公示 or 认定 名单): credit code, name, certificate number.</summary>
public sealed record OfficialListRow(int RowNumber, string? CreditCode, string? Name, string? CertificateNumber);

public class ImportOfficialListInput
{
    public QualificationKind Kind { get; set; }
    public int Year { get; set; }

    /// <summary>Publicized for a 公示 list, Approved for the final list (then certificate numbers and the issue date are needed).</summary>
    public ApplicationStage Stage { get; set; } = ApplicationStage.Approved;

    public DateOnly? IssuedOn { get; set; }
}

public sealed record UnmatchedRowDto(int RowNumber, string? CreditCode, string? Name, string Reason);

public sealed record OfficialListImportResultDto(int Rows, int Moved, int AlreadyThere, IReadOnlyList<UnmatchedRowDto> Unmatched);

public sealed record CertificationBatchDto(
    Guid Id, QualificationKind Kind, int Year, DateOnly? OpensOn, DateOnly? ClosesOn, DateOnly? ReviewOn, DateOnly? PublicityOn,
    DateOnly? AnnouncementOn, string? Notice, string ConcurrencyStamp);

/// <summary>Creates or replaces the calendar of a kind's batch in a year; the stamp is required to replace.</summary>
public class UpsertCertificationBatchDto
{
    public DateOnly? OpensOn { get; set; }
    public DateOnly? ClosesOn { get; set; }
    public DateOnly? ReviewOn { get; set; }
    public DateOnly? PublicityOn { get; set; }
    public DateOnly? AnnouncementOn { get; set; }
    public string? Notice { get; set; }
    public string? ConcurrencyStamp { get; set; }
}

public interface ICertificationBatchAppService
{
    Task<IReadOnlyList<CertificationBatchDto>> GetListAsync(int year, CancellationToken cancellationToken);

    Task<CertificationBatchDto> UpsertAsync(QualificationKind kind, int year, UpsertCertificationBatchDto input, CancellationToken cancellationToken);
}

public sealed record ApplicationExportRowDto(
    string EnterpriseName, string CreditCode, ApplicationStage Stage, DateTime StageSince, decimal Completeness, IReadOnlyList<string> MissingEvidence);
