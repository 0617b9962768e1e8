using System.Globalization;
using Incubation.Entities;

namespace Incubation.Files;

/// <summary>
/// An uploaded file's metadata; the content is in <see cref="IFileStorage"/> under <see cref="StorageKey"/>. A file
/// belongs to an enterprise's data (and is visible with it) or, without one, to its uploader and the district-wide roles.
/// </summary>
public class StoredFile : FullAuditedAggregateRoot
{
    private StoredFile()
    {
    }

    public StoredFile(Guid id, AcceptedFile file, long size, string sha256, string storageKey, Guid? enterpriseId, StoredFilePurpose purpose)
        : base(id)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(size);
        ArgumentException.ThrowIfNullOrEmpty(storageKey);
        if (sha256.Length != FileConsts.Sha256HexLength)
        {
            throw new ArgumentException("A SHA-256 is 64 hexadecimal digits.", nameof(sha256));
        }

        OriginalName = file.Name;
        ContentType = file.ContentType;
        Size = size;
        Sha256 = sha256;
        StorageKey = storageKey;
        EnterpriseId = enterpriseId;
        Purpose = purpose;
    }

    /// <summary>The name as uploaded (checked by <see cref="FileUploadPolicy"/>), for display and download only.</summary>
    public string OriginalName { get; private set; } = string.Empty;

    /// <summary>Derived from the content, not from the client's header.</summary>
    public string ContentType { get; private set; } = string.Empty;

    public long Size { get; private set; }

    /// <summary>Lower-case hexadecimal SHA-256 of the content.</summary>
    public string Sha256 { get; private set; } = string.Empty;

    public string StorageKey { get; private set; } = string.Empty;

    /// <summary>The enterprise whose data this is; the file is visible exactly when the enterprise is.</summary>
    public Guid? EnterpriseId { get; private set; }

    public StoredFilePurpose Purpose { get; private set; }

    /// <summary><c>yyyy/MM/{random}</c>: generated, never derived from anything a user typed.</summary>
    public static string NewStorageKey(DateTimeOffset now) =>
        now.UtcDateTime.ToString("yyyy'/'MM", CultureInfo.InvariantCulture) + "/" + Guid.NewGuid().ToString("N");
}
