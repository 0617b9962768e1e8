using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Incubation.Imports;

/// <summary>The multipart body of a preview: the spreadsheet.</summary>
public sealed class ImportUploadForm
{
    [BindRequired]
    [FromForm(Name = ImportConsts.FileField)]
    public IFormFile File { get; set; } = null!;
}

/// <summary>The multipart body of a commit: the same spreadsheet and the fingerprint its preview returned.</summary>
public sealed class ImportCommitForm
{
    [BindRequired]
    [FromForm(Name = ImportConsts.FileField)]
    public IFormFile File { get; set; } = null!;

    [BindRequired]
    [FromForm(Name = ImportConsts.FingerprintField)]
    public string Fingerprint { get; set; } = string.Empty;
}
