namespace Incubation.Imports;

/// <summary>
/// An uploaded file opened for reading: its format, the header row, and the data rows, read lazily once from the
/// same pass that read the header. Disposing it stops the reading.
/// </summary>
public sealed class ImportSheet(ImportFileFormat format, IReadOnlyList<string> header, IEnumerator<IReadOnlyList<object?>> rest) : IDisposable
{
    public ImportFileFormat Format { get; } = format;

    public IReadOnlyList<string> Header { get; } = header;

    /// <summary>The data rows numbered from 2 (the header is row 1), blank ones included; enumerate once.</summary>
    public IEnumerable<ImportRow> Rows
    {
        get
        {
            var number = 1;
            while (rest.MoveNext())
            {
                yield return new ImportRow(++number, rest.Current);
            }
        }
    }

    public void Dispose() => rest.Dispose();
}

/// <summary>
/// One data row: its number as the spreadsheet shows it and its cells in column order. Cells are as the file holds
/// them: text from CSV; text, numbers (double), dates or booleans from .xlsx.
/// </summary>
public sealed record ImportRow(int Number, IReadOnlyList<object?> Cells)
{
    public bool IsBlank => Cells.All(c => c is null || (c is string s && string.IsNullOrWhiteSpace(s)));
}
