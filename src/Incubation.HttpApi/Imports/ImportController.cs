using Incubation.Files;
using Incubation.Permissions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Incubation.Imports;

/// <summary>
/// Spreadsheet import: the template of a kind, the preview of an upload (writes nothing), and its commit (the same
/// file again with the preview's fingerprint; all rows in one transaction, or none).
/// </summary>
[ApiController]
[Route("api/app/imports/{kind}")]
[Authorize(IncubationPermissions.Imports.Default)]
public sealed class ImportController(IImportAppService imports) : ControllerBase
{
    [HttpGet("template")]
    [Produces(ImportConsts.XlsxContentType)]
    [ProducesResponseType<Stream>(StatusCodes.Status200OK, ImportConsts.XlsxContentType)]
    public async Task<FileStreamResult> GetTemplateAsync(ImportKind kind, CancellationToken cancellationToken)
    {
        var template = await imports.GetTemplateAsync(kind, cancellationToken);
        return File(template.Content, template.ContentType, template.Name);
    }

    /// <summary>Checks every row of an .xlsx or CSV (UTF-8 or GBK) file as multipart/form-data (<c>file</c>).</summary>
    [HttpPost("preview")]
    [Consumes("multipart/form-data")]
    [FileUploadLimits]
    public async Task<ImportPreviewDto> PreviewAsync(ImportKind kind, [FromForm] ImportUploadForm form, CancellationToken cancellationToken)
    {
        await using var content = form.File.OpenReadStream();
        return await imports.PreviewAsync(kind, content, cancellationToken);
    }

    /// <summary>Imports the previewed file (<c>file</c> and the preview's <c>fingerprint</c>).</summary>
    [HttpPost("commit")]
    [Consumes("multipart/form-data")]
    [FileUploadLimits]
    public async Task<ImportResultDto> CommitAsync(ImportKind kind, [FromForm] ImportCommitForm form, CancellationToken cancellationToken)
    {
        await using var content = form.File.OpenReadStream();
        return await imports.CommitAsync(kind, content, form.Fingerprint, cancellationToken);
    }
}
