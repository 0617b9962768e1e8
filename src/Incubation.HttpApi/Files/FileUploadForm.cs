using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Incubation.Files;

/// <summary>The multipart/form-data body of an upload (one object in the OpenAPI document, so one typed client argument).</summary>
public sealed class FileUploadForm
{
    [BindRequired]
    [FromForm(Name = FileConsts.FileField)]
    public IFormFile File { get; set; } = null!;

    /// <summary>The enterprise whose data the file is; omitted, the file is visible to its uploader and the bureau only.</summary>
    [FromForm(Name = FileConsts.EnterpriseIdField)]
    public Guid? EnterpriseId { get; set; }

    [FromForm(Name = FileConsts.PurposeField)]
    public StoredFilePurpose? Purpose { get; set; }
}
