using System.Collections.Frozen;

namespace Incubation.Files;

/// <summary>The extensions and the content type of each accepted kind (the content type stored and served).</summary>
public static class StoredFileKinds
{
    private static readonly (string Extension, StoredFileKind Kind)[] Extensions =
    [
        (".jpg", StoredFileKind.Jpeg),
        (".jpeg", StoredFileKind.Jpeg),
        (".png", StoredFileKind.Png),
        (".webp", StoredFileKind.WebP),
        (".pdf", StoredFileKind.Pdf),
        (".docx", StoredFileKind.Docx),
        (".xlsx", StoredFileKind.Xlsx),
    ];

    public static readonly FrozenDictionary<string, StoredFileKind> ByExtension =
        Extensions.ToFrozenDictionary(e => e.Extension, e => e.Kind, StringComparer.OrdinalIgnoreCase);

    /// <summary>".jpg, .jpeg, .png …" for the error message.</summary>
    public static string AllowedExtensions => string.Join(", ", Extensions.Select(e => e.Extension));

    public static string ContentType(this StoredFileKind kind) => kind switch
    {
        StoredFileKind.Jpeg => "image/jpeg",
        StoredFileKind.Png => "image/png",
        StoredFileKind.WebP => "image/webp",
        StoredFileKind.Pdf => "application/pdf",
        StoredFileKind.Docx => "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        StoredFileKind.Xlsx => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    public static bool IsImage(this StoredFileKind kind) => kind is StoredFileKind.Jpeg or StoredFileKind.Png or StoredFileKind.WebP;
}
