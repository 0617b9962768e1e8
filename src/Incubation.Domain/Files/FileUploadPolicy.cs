using System.Globalization;
using System.IO.Compression;
using System.Runtime.InteropServices;
using System.Text;

namespace Incubation.Files;

/// <summary>
/// Decides whether an upload is accepted: a harmless name, a size within the limit, an allowed extension and content
/// that really is of that kind (magic bytes; for DOCX/XLSX the package's main part). The kind, and so the content
/// type stored and served, comes from the content, never from the client's header. Pure: no I/O.
/// </summary>
public sealed class FileUploadPolicy
{
    private static readonly byte[] JpegMagic = [0xFF, 0xD8, 0xFF];
    private static readonly byte[] PngMagic = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];
    private static readonly byte[] PdfMagic = "%PDF-"u8.ToArray();
    private static readonly byte[] RiffMagic = "RIFF"u8.ToArray();
    private static readonly byte[] WebPMagic = "WEBP"u8.ToArray();
    private static readonly byte[] ZipMagic = [0x50, 0x4B, 0x03, 0x04];

    public FileUploadPolicy(long maxSizeBytes)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxSizeBytes);
        MaxSizeBytes = maxSizeBytes;
    }

    public long MaxSizeBytes { get; }

    /// <summary>Checks everything; returns the display name to keep and the sniffed kind.</summary>
    public AcceptedFile Check(string? fileName, ReadOnlyMemory<byte> content, StoredFilePurpose purpose)
    {
        var name = CheckName(fileName);
        CheckSize(content.Length);
        var declared = DeclaredKind(name);
        if (Sniff(content, declared) != declared)
        {
            throw Refuse(IncubationErrorCodes.FileTypeNotAllowed, StoredFileKinds.AllowedExtensions);
        }

        if (purpose is StoredFilePurpose.VisitPhoto or StoredFilePurpose.Signature && !declared.IsImage())
        {
            throw Refuse(IncubationErrorCodes.FilePurposeNeedsImage);
        }

        return new AcceptedFile(name, declared);
    }

    /// <summary>
    /// The name is only ever shown and offered back on download (never a path on disk), but one that looks like a
    /// path, hides characters or is absurdly long is refused outright. Returns it trimmed and NFC-normalised.
    /// </summary>
    public static string CheckName(string? fileName)
    {
        var name = Normalize(fileName?.Trim());
        if (string.IsNullOrEmpty(name) || name.Length > FileConsts.MaxFileNameLength
            || name.Contains('/') || name.Contains('\\') || name.Contains("..", StringComparison.Ordinal)
            || name.Any(IsHiddenOrControl))
        {
            throw Refuse(IncubationErrorCodes.FileNameNotAllowed, FileConsts.MaxFileNameLength);
        }

        return name;
    }

    /// <summary>Also usable on a declared length before reading, to refuse early; the read bytes decide in the end.</summary>
    public void CheckSize(long size)
    {
        if (size <= 0)
        {
            throw Refuse(IncubationErrorCodes.FileEmpty);
        }

        if (size > MaxSizeBytes)
        {
            throw Refuse(IncubationErrorCodes.FileTooLarge, FileConsts.FormatSize(MaxSizeBytes));
        }
    }

    private static StoredFileKind DeclaredKind(string name) =>
        StoredFileKinds.ByExtension.TryGetValue(Path.GetExtension(name), out var kind)
            ? kind
            : throw Refuse(IncubationErrorCodes.FileTypeNotAllowed, StoredFileKinds.AllowedExtensions);

    private static StoredFileKind? Sniff(ReadOnlyMemory<byte> content, StoredFileKind declared)
    {
        var bytes = content.Span;
        if (bytes.StartsWith(JpegMagic))
        {
            return StoredFileKind.Jpeg;
        }

        if (bytes.StartsWith(PngMagic))
        {
            return StoredFileKind.Png;
        }

        if (bytes.Length >= 12 && bytes.StartsWith(RiffMagic) && bytes[8..12].SequenceEqual(WebPMagic))
        {
            return StoredFileKind.WebP;
        }

        if (bytes.StartsWith(PdfMagic))
        {
            return StoredFileKind.Pdf;
        }

        // DOCX and XLSX are both ZIP packages: the extension says which one, the package's main part confirms it.
        if (bytes.StartsWith(ZipMagic) && (declared is StoredFileKind.Docx or StoredFileKind.Xlsx)
            && HasPart(content, declared == StoredFileKind.Docx ? "word/document.xml" : "xl/workbook.xml"))
        {
            return declared;
        }

        return null;
    }

    /// <summary>Reads the ZIP's central directory only (no entry is inflated), so a zip bomb costs nothing here.</summary>
    private static bool HasPart(ReadOnlyMemory<byte> content, string partName)
    {
        var array = MemoryMarshal.TryGetArray(content, out var segment) ? segment : new ArraySegment<byte>(content.ToArray());
        try
        {
            using var stream = new MemoryStream(array.Array!, array.Offset, array.Count, writable: false);
            using var zip = new ZipArchive(stream, ZipArchiveMode.Read);
            return zip.Entries.Any(e => e.FullName.Equals("[Content_Types].xml", StringComparison.OrdinalIgnoreCase))
                   && zip.Entries.Any(e => e.FullName.Equals(partName, StringComparison.OrdinalIgnoreCase));
        }
        catch (InvalidDataException)
        {
            return false;
        }
    }

    private static string? Normalize(string? name)
    {
        try
        {
            return name?.Normalize(NormalizationForm.FormC);
        }
        catch (ArgumentException)
        {
            return null; // invalid UTF-16 (a lone surrogate)
        }
    }

    /// <summary>Control characters, and format characters such as the right-to-left override that disguises "gnp.exe".</summary>
    private static bool IsHiddenOrControl(char c) =>
        char.IsControl(c) || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.Format;

    private static BusinessException Refuse(string code, params object[] arguments) =>
        new(code, 400, arguments) { Field = FileConsts.FileField };
}

/// <summary>An accepted upload: the display name to keep and the kind recognised from the content.</summary>
public sealed record AcceptedFile(string Name, StoredFileKind Kind)
{
    public string ContentType => Kind.ContentType();
}
