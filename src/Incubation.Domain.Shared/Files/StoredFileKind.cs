namespace Incubation.Files;

/// <summary>The kinds of file accepted, recognised by their content (magic bytes), never by the client's word.</summary>
public enum StoredFileKind
{
    Jpeg,
    Png,
    WebP,
    Pdf,
    Docx,
    Xlsx,
}
