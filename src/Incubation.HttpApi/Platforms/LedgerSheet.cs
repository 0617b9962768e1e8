using System.Data;
using System.Globalization;
using MiniExcelLibs;

namespace Incubation.Platforms;

/// <summary>
/// One worksheet of a ledger export: localised column headers (written even when no row matches, so an empty export
/// still shows what it would hold) and one row per item.
/// </summary>
public sealed class LedgerSheet<T>(string name)
{
    private readonly List<(string Header, Type Type, Func<T, int, object?> Value)> _columns = [];

    public LedgerSheet<T> Column<TValue>(string header, Func<T, int, TValue> value)
    {
        _columns.Add((header, Nullable.GetUnderlyingType(typeof(TValue)) ?? typeof(TValue), (item, index) => value(item, index)));
        return this;
    }

    public LedgerSheet<T> Column<TValue>(string header, Func<T, TValue> value) => Column(header, (item, _) => value(item));

    /// <summary>The sheet with the rows, then any closing rows (a total), as .xlsx bytes.</summary>
    public async Task<byte[]> WriteAsync(IReadOnlyList<T> rows, CancellationToken cancellationToken, params object?[][] closingRows)
    {
        using var table = new DataTable(name);
        foreach (var (header, type, _) in _columns)
        {
            // Closing rows may put text in any column (合计), so only a sheet without them keeps typed columns.
            table.Columns.Add(header, closingRows.Length == 0 ? type : typeof(object));
        }

        for (var i = 0; i < rows.Count; i++)
        {
            table.Rows.Add(_columns.Select(c => c.Value(rows[i], i) ?? DBNull.Value).ToArray());
        }

        foreach (var row in closingRows)
        {
            table.Rows.Add(row.Select(v => v ?? DBNull.Value).ToArray());
        }

        using var stream = new MemoryStream();
        await stream.SaveAsAsync(table, sheetName: name, cancellationToken: cancellationToken);
        return stream.ToArray();
    }
}

/// <summary>What every ledger sheet shares: its content type and how it writes a day.</summary>
public static class LedgerSheet
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static string Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? string.Empty;
}
