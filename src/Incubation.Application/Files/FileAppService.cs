using System.Security.Cryptography;
using Incubation.Data;
using Incubation.Enterprises;
using Incubation.Permissions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;

namespace Incubation.Files;

/// <summary>
/// Uploads checked by <see cref="FileUploadPolicy"/>, stored through <see cref="IFileStorage"/> with a metadata row;
/// reads go through the <c>DataScope</c> query filter (a file is visible with its enterprise, or, without one, to its
/// uploader and the district-wide roles), so a file outside the caller's scope is simply not found.
/// </summary>
public sealed class FileAppService(
    IRepository<StoredFile> files,
    IEnterpriseRepository enterprises,
    IFileStorage storage,
    IUnitOfWork unitOfWork,
    IPermissionChecker permissions,
    TimeProvider clock,
    IConfiguration configuration,
    ILogger<FileAppService> logger) : IFileAppService
{
    public async Task<StoredFileDto> UploadAsync(
        Stream content, string fileName, long length, Guid? enterpriseId, StoredFilePurpose purpose, CancellationToken cancellationToken)
    {
        await permissions.CheckAsync(IncubationPermissions.Files.Upload, cancellationToken);
        if (!Enum.IsDefined(purpose))
        {
            throw new BusinessException(IncubationErrorCodes.ValidationFailed, 400) { Field = FileConsts.PurposeField };
        }

        var policy = new FileUploadPolicy(MaxSizeBytes);
        FileUploadPolicy.CheckName(fileName);
        if (length > policy.MaxSizeBytes)
        {
            policy.CheckSize(length); // the declared length already says no; the bytes read decide otherwise
        }

        if (enterpriseId is { } id)
        {
            await enterprises.EnsureVisibleAsync(id, cancellationToken);
        }

        var bytes = await ReadAtMostAsync(content, policy.MaxSizeBytes + 1, cancellationToken);
        var accepted = policy.Check(fileName, bytes, purpose);
        var file = new StoredFile(Guid.CreateVersion7(), accepted, bytes.Length, Convert.ToHexStringLower(SHA256.HashData(bytes)),
            StoredFile.NewStorageKey(clock.GetUtcNow()), enterpriseId, purpose);

        using (var stored = new MemoryStream(bytes, writable: false))
        {
            await storage.SaveAsync(stored, file.StorageKey, cancellationToken);
        }

        try
        {
            files.Add(file);
            await unitOfWork.SaveChangesAsync(cancellationToken);
        }
        catch
        {
            // No row, no blob: a failed save must not leave an orphan on disk.
            await storage.DeleteAsync(file.StorageKey, CancellationToken.None);
            throw;
        }

        return file.ToDto();
    }

    public async Task<StoredFileDto> GetAsync(Guid id, CancellationToken cancellationToken) =>
        (await FindAsync(id, cancellationToken)).ToDto();

    public async Task<FileDownload> OpenAsync(Guid id, CancellationToken cancellationToken)
    {
        var file = await FindAsync(id, cancellationToken);
        try
        {
            var content = await storage.OpenReadAsync(file.StorageKey, cancellationToken);
            return new FileDownload(file.OriginalName, file.ContentType, file.Size, content);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            logger.LogError(e, "The content of file {FileId} is missing from the storage (key {StorageKey})", file.Id, file.StorageKey);
            throw new EntityNotFoundException(nameof(StoredFile), id);
        }
    }

    private async Task<StoredFile> FindAsync(Guid id, CancellationToken cancellationToken)
    {
        await permissions.CheckAsync(IncubationPermissions.Files.Default, cancellationToken);
        return await files.Query().AsNoTracking().FirstOrDefaultAsync(f => f.Id == id, cancellationToken)
               ?? throw new EntityNotFoundException(nameof(StoredFile), id);
    }

    /// <summary>Never trusts a length header: reads until the end or one byte past what may be kept.</summary>
    private static async Task<byte[]> ReadAtMostAsync(Stream content, long limit, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        while (buffer.Length < limit)
        {
            var read = await content.ReadAsync(chunk.AsMemory(0, (int)Math.Min(chunk.Length, limit - buffer.Length)), cancellationToken);
            if (read == 0)
            {
                break;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    private long MaxSizeBytes
    {
        get
        {
            var max = configuration.GetValue(FileConsts.MaxSizeSetting, FileConsts.DefaultMaxSizeBytes);
            return max is > 0 and < int.MaxValue
                ? max
                : throw new InvalidOperationException($"{FileConsts.MaxSizeSetting} must be between 1 and {int.MaxValue - 1} bytes.");
        }
    }
}
