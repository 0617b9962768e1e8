using Incubation.Permissions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Incubation.Certification;

[ApiController]
[Route("api/app/certification-applications")]
[Authorize(IncubationPermissions.Applications.Default)]
public sealed class CertificationApplicationController(
    ICertificationApplicationAppService applications, ICertificationBatchAppService batches, OfficialListReader listReader, CandidateWorkbook workbook)
    : ControllerBase
{
    /// <summary>The board of one kind and batch year: a column per stage with its count and first cards.</summary>
    [HttpGet("pipeline")]
    public Task<IReadOnlyList<PipelineColumnDto>> GetPipelineAsync([FromQuery] GetPipelineInput input, CancellationToken cancellationToken) =>
        applications.GetPipelineAsync(input, cancellationToken);

    /// <summary>The board of one kind and year as .xlsx: stage, days, completeness and the materials still missing.</summary>
    [HttpGet("export")]
    [Produces(CandidateWorkbook.ContentType)]
    public async Task<FileContentResult> ExportAsync([FromQuery] GetPipelineInput input, CancellationToken cancellationToken)
    {
        var rows = await applications.GetListForExportAsync(input, cancellationToken);
        return File(await workbook.WriteApplicationsAsync(input.Kind, rows, cancellationToken), CandidateWorkbook.ContentType,
            workbook.ApplicationsFileName(input.Kind, input.Year));
    }

    /// <summary>The batch calendar of a year: one row per kind the bureau has scheduled.</summary>
    [HttpGet("batches")]
    public Task<IReadOnlyList<CertificationBatchDto>> GetBatchesAsync([FromQuery] int year, CancellationToken cancellationToken) =>
        batches.GetListAsync(year, cancellationToken);

    [HttpPut("batches/{kind}/{year:int}")]
    [Authorize(IncubationPermissions.Applications.Manage)]
    public Task<CertificationBatchDto> UpsertBatchAsync(QualificationKind kind, int year, UpsertCertificationBatchDto input, CancellationToken cancellationToken) =>
        batches.UpsertAsync(kind, year, input, cancellationToken);

    [HttpGet("{id:guid}")]
    public Task<CertificationApplicationDto> GetAsync(Guid id, CancellationToken cancellationToken) => applications.GetAsync(id, cancellationToken);

    [HttpGet("~/api/app/enterprises/{enterpriseId:guid}/certification-applications")]
    public Task<IReadOnlyList<CertificationApplicationDto>> GetForEnterpriseAsync(Guid enterpriseId, CancellationToken cancellationToken) =>
        applications.GetForEnterpriseAsync(enterpriseId, cancellationToken);

    [HttpPost]
    [Authorize(IncubationPermissions.Applications.Manage)]
    public Task<CertificationApplicationDto> CreateAsync(CreateApplicationDto input, CancellationToken cancellationToken) =>
        applications.CreateAsync(input, cancellationToken);

    /// <summary>Moves to the next stage; approving needs the certificate number and issue date and records the certificate.</summary>
    [HttpPost("{id:guid}/move")]
    [Authorize(IncubationPermissions.Applications.Manage)]
    public Task<CertificationApplicationDto> MoveAsync(Guid id, MoveApplicationDto input, CancellationToken cancellationToken) =>
        applications.MoveAsync(id, input, cancellationToken);

    [HttpPut("{id:guid}/evidence")]
    [Authorize(IncubationPermissions.Applications.Manage)]
    public Task<CertificationApplicationDto> UpdateEvidenceAsync(Guid id, UpdateEvidenceDto input, CancellationToken cancellationToken) =>
        applications.UpdateEvidenceAsync(id, input, cancellationToken);

    /// <summary>
    /// Imports a published list (.xlsx: 统一社会信用代码, 企业名称, 证书编号): the matching applications of the kind and year
    /// move to Publicized or Approved; the rows that match nothing come back with the reason.
    /// </summary>
    [HttpPost("official-list")]
    [Authorize(IncubationPermissions.Applications.Manage)]
    [Consumes("multipart/form-data")]
    [RequestSizeLimit(10 * 1024 * 1024)]
    public async Task<OfficialListImportResultDto> ImportOfficialListAsync([FromForm] OfficialListForm form, CancellationToken cancellationToken)
    {
        await using var content = form.File.OpenReadStream();
        var rows = listReader.Read(content);
        return await applications.ImportOfficialListAsync(
            new ImportOfficialListInput { Kind = form.Kind, Year = form.Year, Stage = form.Stage, IssuedOn = form.IssuedOn }, rows, cancellationToken);
    }
}

public sealed class OfficialListForm
{
    public required Microsoft.AspNetCore.Http.IFormFile File { get; set; }
    public QualificationKind Kind { get; set; }
    public int Year { get; set; }
    public ApplicationStage Stage { get; set; } = ApplicationStage.Approved;
    public DateOnly? IssuedOn { get; set; }
}
