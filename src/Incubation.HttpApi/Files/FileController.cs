using Incubation.Permissions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Net.Http.Headers;

namespace Incubation.Files;

[ApiController]
[Route("api/app/files")]
[Authorize(IncubationPermissions.Files.Default)]
public sealed class FileController(IFileAppService files) : ControllerBase
{
    /// <summary>
    /// Uploads one file as multipart/form-data (<c>file</c>, optional <c>enterpriseId</c> and <c>purpose</c>). Like every
    /// unsafe request it needs the X-XSRF-TOKEN header.
    /// </summary>
    [HttpPost]
    [Authorize(IncubationPermissions.Files.Upload)]
    [Consumes("multipart/form-data")]
    [FileUploadLimits]
    public async Task<StoredFileDto> UploadAsync([FromForm] FileUploadForm form, CancellationToken cancellationToken)
    {
        await using var content = form.File.OpenReadStream();
        return await files.UploadAsync(content, form.File.FileName, form.File.Length, form.EnterpriseId,
            form.Purpose ?? StoredFilePurpose.Other, cancellationToken);
    }

    [HttpGet("{id:guid}")]
    public Task<StoredFileDto> GetAsync(Guid id, CancellationToken cancellationToken) => files.GetAsync(id, cancellationToken);

    /// <summary>The content, always as an attachment (never rendered inline) and with its sniffed type only.</summary>
    [HttpGet("{id:guid}/content")]
    [Produces("application/octet-stream")]
    [ProducesResponseType<Stream>(StatusCodes.Status200OK, "application/octet-stream")]
    public async Task<FileStreamResult> GetContentAsync(Guid id, CancellationToken cancellationToken)
    {
        var download = await files.OpenAsync(id, cancellationToken);
        Response.Headers[HeaderNames.XContentTypeOptions] = "nosniff";
        // FileDownloadName makes Content-Disposition: attachment with filename and the RFC 5987 filename*.
        return File(download.Content, download.ContentType, download.Name);
    }
}
