namespace Incubation.Imports;

/// <summary>What a run found: every row counted, every error counted, the first errors listed.</summary>
public sealed class ImportReport
{
    private readonly List<ImportRowErrorDto> _errors = [];
    private readonly HashSet<int> _failedRows = [];

    public int TotalRows { get; set; }
    public int NewCount { get; set; }
    public int UpdatedCount { get; set; }
    public int UnchangedCount { get; set; }
    public int ErrorCount { get; private set; }
    public int ErrorRowCount => _failedRows.Count;
    public bool HasErrors => ErrorCount > 0;
    public IReadOnlyList<ImportRowErrorDto> Errors => _errors;
    public bool ErrorsTruncated => ErrorCount > _errors.Count;

    public void Add(ImportRowErrorDto error)
    {
        ErrorCount++;
        _failedRows.Add(error.RowNumber);
        if (_errors.Count < ImportConsts.MaxReportedErrors)
        {
            _errors.Add(error);
        }
    }

    /// <summary>Errors in row order (a row's own errors in column order), as the user reads the sheet.</summary>
    public IReadOnlyList<ImportRowErrorDto> SortedErrors() => _errors.OrderBy(e => e.RowNumber).ToList();
}
