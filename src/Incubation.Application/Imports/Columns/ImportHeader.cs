using System.Text;
using System.Text.RegularExpressions;
using Incubation.Localization;

namespace Incubation.Imports;

/// <summary>
/// Finds the template's columns in a file's header row, in any order and in any of the app's languages (a Chinese
/// template filled in by an English-speaking user still reads): a header matches a column's label with or without
/// its unit in brackets, a required mark (*) or spaces, or the column's field name.
/// </summary>
public sealed partial class ImportHeader
{
    private readonly Dictionary<ImportColumn, int> _indexes = [];
    private readonly IReadOnlyList<string> _header;

    private ImportHeader(IReadOnlyList<string> header, IReadOnlyList<ImportColumn> columns, JsonLocalizationStore texts)
    {
        _header = header;
        var byName = new Dictionary<string, ImportColumn>(StringComparer.Ordinal);
        foreach (var column in columns)
        {
            foreach (var name in NamesOf(column, texts))
            {
                byName.TryAdd(name, column);
            }
        }

        var ignored = new List<string>();
        for (var i = 0; i < header.Count; i++)
        {
            if (header[i].Length == 0)
            {
                continue;
            }

            var key = Normalize(header[i]);
            if ((byName.TryGetValue(key, out var column) || byName.TryGetValue(WithoutUnit(key), out column)) && _indexes.TryAdd(column, i))
            {
                continue;
            }

            ignored.Add(header[i]); // unknown, or a second column of the same field
        }

        Ignored = ignored;
        Missing = columns.Where(c => c.Requirement == ImportRequirement.Required && !_indexes.ContainsKey(c)).ToList();
    }

    /// <summary>Headers that match no column: their cells are not read.</summary>
    public IReadOnlyList<string> Ignored { get; }

    /// <summary>Columns every row needs that the file lacks.</summary>
    public IReadOnlyList<ImportColumn> Missing { get; }

    public static ImportHeader Read(IReadOnlyList<string> header, IReadOnlyList<ImportColumn> columns, JsonLocalizationStore texts) =>
        new(header, columns, texts);

    public bool Has(ImportColumn column) => _indexes.ContainsKey(column);

    /// <summary>Whether every cell under a known column is empty (notes in other columns do not make a row).</summary>
    public bool IsBlank(ImportRow row) =>
        _indexes.Values.All(i => i >= row.Cells.Count || row.Cells[i] is null || (row.Cells[i] is string s && string.IsNullOrWhiteSpace(s)));

    public object? Cell(ImportRow row, ImportColumn column) =>
        _indexes.TryGetValue(column, out var index) && index < row.Cells.Count ? row.Cells[index] : null;

    /// <summary>The header as the file spells it; the label in the user's language when the file has no such column.</summary>
    public string TitleOf(ImportColumn column, Func<string, string> localize) =>
        _indexes.TryGetValue(column, out var index) ? _header[index] : localize(column.LabelKey);

    /// <summary>The required mark of the template's headers.</summary>
    public static string Title(ImportColumn column, string label) => column.IsRequired ? "*" + label : label;

    private static IEnumerable<string> NamesOf(ImportColumn column, JsonLocalizationStore texts)
    {
        yield return Normalize(column.Field);
        foreach (var culture in texts.Cultures)
        {
            if (texts.GetAll(culture).TryGetValue(column.LabelKey, out var label))
            {
                yield return Normalize(label);
                yield return WithoutUnit(Normalize(label));
            }
        }
    }

    /// <summary>Full-width forms folded (NFKC), no spaces or required marks, lower case.</summary>
    private static string Normalize(string text)
    {
        var folded = text.Normalize(NormalizationForm.FormKC);
        var builder = new StringBuilder(folded.Length);
        foreach (var c in folded.Where(c => !char.IsWhiteSpace(c) && c != '*'))
        {
            builder.Append(char.ToLowerInvariant(c));
        }

        return builder.ToString();
    }

    /// <summary>"销售收入(元)" → "销售收入": the unit in brackets is optional in a header.</summary>
    private static string WithoutUnit(string normalized) => Unit().Replace(normalized, string.Empty);

    [GeneratedRegex(@"\([^)]*\)")]
    private static partial Regex Unit();
}
