namespace Incubation.Files;

/// <summary>A stored file's metadata; the content is downloaded separately.</summary>
public sealed record StoredFileDto(
    Guid Id, string Name, string ContentType, long Size, StoredFilePurpose Purpose, Guid? EnterpriseId, DateTime CreationTime);

/// <summary>A file opened for download: the caller streams <see cref="Content"/> and disposes it.</summary>
public sealed record FileDownload(string Name, string ContentType, long Size, Stream Content);
