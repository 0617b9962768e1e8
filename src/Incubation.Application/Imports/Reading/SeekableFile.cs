namespace Incubation.Imports;

/// <summary>
/// The upload as a stream that can be read more than once (fingerprint, encoding check, rows): the given stream when
/// it can seek (ASP.NET Core buffers a form file to disk past 64 KB), else a temporary file removed on dispose.
/// </summary>
public sealed class SeekableFile : IAsyncDisposable
{
    private readonly bool _owned;

    private SeekableFile(Stream stream, bool owned)
    {
        Stream = stream;
        _owned = owned;
    }

    public Stream Stream { get; }

    public static async Task<SeekableFile> OpenAsync(Stream content, CancellationToken cancellationToken)
    {
        if (content.CanSeek)
        {
            content.Position = 0;
            return new SeekableFile(content, owned: false);
        }

        var copy = new FileStream(Path.GetTempFileName(), FileMode.Create, FileAccess.ReadWrite, FileShare.None, 81920,
            FileOptions.DeleteOnClose | FileOptions.Asynchronous);
        await content.CopyToAsync(copy, cancellationToken);
        copy.Position = 0;
        return new SeekableFile(copy, owned: true);
    }

    public async ValueTask DisposeAsync()
    {
        if (_owned)
        {
            await Stream.DisposeAsync();
        }
    }
}
