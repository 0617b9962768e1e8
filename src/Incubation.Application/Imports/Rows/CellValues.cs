using System.Globalization;
using System.Text;

namespace Incubation.Imports;

/// <summary>A cell as text: what the user typed, trimmed; numbers and dates as Excel would show them plainly.</summary>
public static class CellText
{
    public static string? Of(object? cell) => cell switch
    {
        null => null,
        string s => s.Trim(),
        double d => d.ToString("0.###############", CultureInfo.InvariantCulture),
        DateTime t => t.TimeOfDay == TimeSpan.Zero ? t.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : t.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture),
        bool b => b ? "TRUE" : "FALSE",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture).Trim(),
        _ => cell.ToString()?.Trim(),
    };

    /// <summary>The text with full-width letters, digits and signs folded to their ASCII forms (ＡＢ１２ → AB12).</summary>
    public static string Folded(object? cell) => (Of(cell) ?? string.Empty).Normalize(NormalizationForm.FormKC).Trim();
}

public static class CellNumber
{
    /// <summary>A number cell, or text such as "1,234.5", "１２３", "-5", "1.2E+07"; null when it is not a number.</summary>
    public static decimal? Parse(object cell)
    {
        switch (cell)
        {
            case double d when double.IsFinite(d):
                try
                {
                    return Convert.ToDecimal(d); // 15 significant digits: Excel's own precision
                }
                catch (OverflowException)
                {
                    return null;
                }

            case decimal m:
                return m;
            case int or long:
                return Convert.ToDecimal(cell, CultureInfo.InvariantCulture);
            case string:
                var text = CellText.Folded(cell).Replace(",", string.Empty, StringComparison.Ordinal).Replace(" ", string.Empty, StringComparison.Ordinal);
                return decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) ? value : null;
            default:
                return null;
        }
    }
}

public static class CellDate
{
    private static readonly string[] Formats = ["yyyy-M-d", "yyyyMMdd"];

    /// <summary>A date cell, an Excel serial number, or text: 2024-03-05, 2024/3/5, 2024.3.5, 2024年3月5日, 20240305.</summary>
    public static DateOnly? Parse(object cell)
    {
        switch (cell)
        {
            case DateTime t:
                return DateOnly.FromDateTime(t);
            case double d when d is >= 19000101 and <= 99991231 && d == Math.Floor(d):
                return ParseText(d.ToString("0", CultureInfo.InvariantCulture));
            case double d when d is >= 1 and < 2958466:
                return DateOnly.FromDateTime(DateTime.FromOADate(Math.Floor(d)));
            case string:
                return ParseText(CellText.Folded(cell));
            default:
                return null;
        }
    }

    private static DateOnly? ParseText(string text)
    {
        // A time after the date (Excel's CSV writes "2024/3/5 0:00") is dropped.
        var date = text.Split([' ', 'T'], 2)[0]
            .Replace('/', '-').Replace('.', '-').Replace('年', '-').Replace('月', '-').Replace("日", string.Empty, StringComparison.Ordinal);
        return DateOnly.TryParseExact(date, Formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var value) ? value : null;
    }
}

public static class CellFlag
{
    private static readonly HashSet<string> Yes = new(["是", "y", "yes", "true", "1", "√", "✓", "t"], StringComparer.OrdinalIgnoreCase);
    private static readonly HashSet<string> No = new(["否", "n", "no", "false", "0", "×", "x", "f"], StringComparer.OrdinalIgnoreCase);

    /// <summary>是/否, yes/no, true/false, 1/0, √/×; null for anything else.</summary>
    public static bool? Parse(object cell)
    {
        if (cell is bool b)
        {
            return b;
        }

        var text = cell is double d ? d.ToString(CultureInfo.InvariantCulture) : CellText.Folded(cell);
        return Yes.Contains(text) ? true : No.Contains(text) ? false : null;
    }
}
