using System.Text;

namespace Incubation.Imports;

/// <summary>
/// Tells a UTF-8 CSV from a GBK one without asking: a file that decodes as UTF-8 from end to end is UTF-8 (Chinese in
/// GBK practically never does), anything else is GBK, the code page Excel uses for "CSV" on a Chinese Windows.
/// Reads the stream once in chunks and puts it back where it was.
/// </summary>
public static class CsvEncodingDetector
{
    private static readonly byte[] Utf8Bom = [0xEF, 0xBB, 0xBF];

    /// <summary>GBK from the in-box code-page provider (no global registration needed).</summary>
    public static Encoding Gbk { get; } = CodePagesEncodingProvider.Instance.GetEncoding(936)
                                         ?? throw new InvalidOperationException("Code page 936 (GBK) is not available.");

    public static ImportFileFormat Detect(Stream content)
    {
        var start = content.Position;
        try
        {
            return IsUtf8(content) ? ImportFileFormat.CsvUtf8 : ImportFileFormat.CsvGbk;
        }
        finally
        {
            content.Position = start;
        }
    }

    public static Encoding EncodingOf(ImportFileFormat format) =>
        format == ImportFileFormat.CsvGbk ? Gbk : new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);

    public static bool StartsWithUtf8Bom(ReadOnlySpan<byte> head) => head.StartsWith(Utf8Bom);

    private static bool IsUtf8(Stream content)
    {
        // GetChars keeps a sequence split between two chunks for the next call; an invalid byte throws.
        var decoder = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true).GetDecoder();
        var bytes = new byte[64 * 1024];
        var chars = new char[bytes.Length + 4];
        try
        {
            int read;
            while ((read = content.Read(bytes, 0, bytes.Length)) > 0)
            {
                decoder.GetChars(bytes, 0, read, chars, 0, flush: false);
            }

            decoder.GetChars(bytes, 0, 0, chars, 0, flush: true);
            return true;
        }
        catch (DecoderFallbackException)
        {
            return false;
        }
    }
}
