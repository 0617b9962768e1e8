namespace Incubation.Imports;

/// <summary>Errors about a file as a whole (row errors are listed in the report instead); each is a localisation key.</summary>
public static class ImportErrorCodes
{
    public const string FileUnreadable = "Import:FileUnreadable";
    public const string OldExcelFormat = "Import:OldExcelFormat";
    public const string NoRows = "Import:NoRows";
    public const string TooManyRows = "Import:TooManyRows";
    public const string MissingColumns = "Import:MissingColumns";
    public const string FileChanged = "Import:FileChanged";

    public static readonly IReadOnlyList<string> All = [FileUnreadable, OldExcelFormat, NoRows, TooManyRows, MissingColumns, FileChanged];
}
