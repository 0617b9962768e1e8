namespace Incubation.Files;

/// <summary>Limits and settings of uploaded files, used by the upload policy, the entity mapping and the API.</summary>
public static class FileConsts
{
    /// <summary>Largest accepted file, unless <see cref="MaxSizeSetting"/> says otherwise.</summary>
    public const long DefaultMaxSizeBytes = 10L * 1024 * 1024;

    public const string MaxSizeSetting = "Files:MaxSizeBytes";

    /// <summary>Folder of the stored files; relative paths are under the content root.</summary>
    public const string RootPathSetting = "Files:RootPath";

    public const string DefaultRootPath = "App_Data/files";

    /// <summary>Room for the multipart framing and the other form fields around the file itself.</summary>
    public const long MultipartOverheadBytes = 64 * 1024;

    public const int MaxFileNameLength = 200;
    public const int MaxContentTypeLength = 100;
    public const int MaxStorageKeyLength = 64;
    public const int Sha256HexLength = 64;
    public const int MaxPurposeLength = 24;

    /// <summary>The form field names of the upload (the field errors name them too).</summary>
    public const string FileField = "file";
    public const string EnterpriseIdField = "enterpriseId";
    public const string PurposeField = "purpose";

    /// <summary>"10 MB", "512 KB", "100 B": the limit as the error message shows it.</summary>
    public static string FormatSize(long bytes) => bytes switch
    {
        >= 1024 * 1024 when bytes % (1024 * 1024) == 0 => $"{bytes / (1024 * 1024)} MB",
        >= 1024 * 1024 => $"{bytes / (1024.0 * 1024):0.#} MB",
        >= 1024 => $"{bytes / 1024.0:0.#} KB",
        _ => $"{bytes} B",
    };
}
