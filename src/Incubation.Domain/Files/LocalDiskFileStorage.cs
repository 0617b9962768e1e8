using System.Buffers;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;

namespace Incubation.Files;

/// <summary>
/// Files in a folder on the server's disk (<c>Files:RootPath</c>, default <c>App_Data/files</c> under the content root).
/// Keys are checked twice: only the characters the system generates, and the resolved path must stay in the root.
/// </summary>
public sealed class LocalDiskFileStorage : IFileStorage
{
    private static readonly SearchValues<char> KeyCharacters = SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789/");

    private readonly string _root;

    public LocalDiskFileStorage(IConfiguration configuration, IHostEnvironment environment)
        : this(Path.Combine(environment.ContentRootPath, configuration[FileConsts.RootPathSetting] is { Length: > 0 } configured ? configured : FileConsts.DefaultRootPath))
    {
    }

    public LocalDiskFileStorage(string rootPath) =>
        _root = Path.TrimEndingDirectorySeparator(Path.GetFullPath(rootPath)) + Path.DirectorySeparatorChar;

    public async Task SaveAsync(Stream content, string storageKey, CancellationToken cancellationToken)
    {
        var path = Resolve(storageKey);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);

        // Written beside its final name and moved in place, so a reader never sees half a file.
        var temporary = path + ".partial";
        try
        {
            await using (var file = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, FileOptions.Asynchronous))
            {
                await content.CopyToAsync(file, cancellationToken);
            }

            File.Move(temporary, path, overwrite: false);
        }
        catch
        {
            File.Delete(temporary);
            throw;
        }
    }

    public Task<Stream> OpenReadAsync(string storageKey, CancellationToken cancellationToken) =>
        Task.FromResult<Stream>(new FileStream(Resolve(storageKey), FileMode.Open, FileAccess.Read, FileShare.Read, 81920,
            FileOptions.Asynchronous | FileOptions.SequentialScan));

    public Task DeleteAsync(string storageKey, CancellationToken cancellationToken)
    {
        File.Delete(Resolve(storageKey));
        return Task.CompletedTask;
    }

    private string Resolve(string storageKey)
    {
        if (string.IsNullOrEmpty(storageKey) || storageKey.Length > FileConsts.MaxStorageKeyLength
            || storageKey.AsSpan().ContainsAnyExcept(KeyCharacters) || storageKey.StartsWith('/') || storageKey.Contains("//", StringComparison.Ordinal))
        {
            throw new ArgumentException("Not a storage key this system generates.", nameof(storageKey));
        }

        var path = Path.GetFullPath(Path.Combine(_root, storageKey));
        return path.StartsWith(_root, OperatingSystem.IsWindows() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal)
            ? path
            : throw new ArgumentException("The storage key leads outside the storage root.", nameof(storageKey));
    }
}
