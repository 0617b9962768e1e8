using System.Net;
using System.Net.Http.Headers;

namespace Incubation.Files;

/// <summary>The host with a small upload limit, so the size tests need no large bodies.</summary>
public sealed class FileApiFactory : IncubationWebApplicationFactory
{
    public const long MaxSize = 64 * 1024;

    protected override IDictionary<string, string?> ExtraSettings =>
        new Dictionary<string, string?> { [FileConsts.MaxSizeSetting] = MaxSize.ToString(System.Globalization.CultureInfo.InvariantCulture) };
}

public static class FileRequests
{
    public const string Url = "/api/app/files";

    /// <summary>A multipart upload as the browser sends it; the part's content type is the client's claim, ignored.</summary>
    public static MultipartFormDataContent Upload(byte[] content, string fileName, Guid? enterpriseId = null, string? purpose = null)
    {
        var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        form.Add(file, FileConsts.FileField, fileName);
        if (enterpriseId is { } id)
        {
            form.Add(new StringContent(id.ToString()), "enterpriseId");
        }

        if (purpose is not null)
        {
            form.Add(new StringContent(purpose), FileConsts.PurposeField);
        }

        return form;
    }

    /// <summary>Bytes that start like a PNG, with a recognisable body.</summary>
    public static byte[] Png(int length = 300)
    {
        var bytes = new byte[length];
        Random.Shared.NextBytes(bytes);
        new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }.CopyTo(bytes, 0);
        return bytes;
    }
}

/// <summary>A body without Content-Length (sent chunked), so only the limits applied while reading can stop it.</summary>
public sealed class UnannouncedContent(byte[] body) : HttpContent
{
    protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context) => stream.WriteAsync(body).AsTask();

    protected override bool TryComputeLength(out long length)
    {
        length = 0;
        return false;
    }
}
