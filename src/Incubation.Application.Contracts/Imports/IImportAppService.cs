using Incubation.Files;

namespace Incubation.Imports;

/// <summary>
/// Spreadsheet import of enterprises, yearly data and qualifications (.xlsx, or CSV in UTF-8 or GBK): a template per
/// kind, a preview that validates every row and writes nothing, and a commit that checks the same file again and
/// writes all of it in one transaction, or nothing.
/// </summary>
public interface IImportAppService
{
    /// <summary>An empty workbook with the kind's columns in the user's language, how to fill them and the reference lists.</summary>
    Task<FileDownload> GetTemplateAsync(ImportKind kind, CancellationToken cancellationToken);

    Task<ImportPreviewDto> PreviewAsync(ImportKind kind, Stream content, CancellationToken cancellationToken);

    /// <summary>
    /// Imports the file whose clean preview had <paramref name="fingerprint"/>; any failing row (the data may have
    /// changed since) refuses the whole file with every row's errors.
    /// </summary>
    Task<ImportResultDto> CommitAsync(ImportKind kind, Stream content, string fingerprint, CancellationToken cancellationToken);
}
