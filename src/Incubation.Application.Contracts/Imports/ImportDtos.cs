namespace Incubation.Imports;

/// <summary>
/// What importing a file would do, row by row, before anything is written. The fingerprint names the exact content
/// that was checked: the commit takes the same file again with it.
/// </summary>
public sealed record ImportPreviewDto(
    ImportKind Kind,
    string Fingerprint,
    ImportFileFormat Format,
    int TotalRows,
    int NewCount,
    int UpdatedCount,
    int UnchangedCount,
    int ErrorCount,
    int ErrorRowCount,
    IReadOnlyList<ImportRowErrorDto> Errors,
    bool ErrorsTruncated,
    IReadOnlyList<string> IgnoredColumns)
{
    public bool CanCommit => ErrorCount == 0;
}

/// <summary>One problem of one row: its number as the spreadsheet shows it, the column and why, in the user's language.</summary>
public sealed record ImportRowErrorDto(int RowNumber, string Field, string Column, string? Value, string Message);

/// <summary>What a committed import wrote, in one transaction.</summary>
public sealed record ImportResultDto(ImportKind Kind, int TotalRows, int CreatedCount, int UpdatedCount, int UnchangedCount);
