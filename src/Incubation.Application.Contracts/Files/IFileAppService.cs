namespace Incubation.Files;

/// <summary>Uploads (visit photos, attachments, drawn signatures) and their download, inside the caller's data scope.</summary>
public interface IFileAppService
{
    /// <summary>
    /// Checks and stores an upload. <paramref name="length"/> is the client's word, used only to refuse early; at most
    /// the limit plus one byte is ever read from <paramref name="content"/>.
    /// </summary>
    Task<StoredFileDto> UploadAsync(
        Stream content, string fileName, long length, Guid? enterpriseId, StoredFilePurpose purpose, CancellationToken cancellationToken);

    Task<StoredFileDto> GetAsync(Guid id, CancellationToken cancellationToken);

    Task<FileDownload> OpenAsync(Guid id, CancellationToken cancellationToken);
}
