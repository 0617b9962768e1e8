using MiniExcelLibs;

namespace Incubation.Certification;

/// <summary>
/// Reads a published list saved as .xlsx: the first row is the header, with the credit code and, optionally, the
/// name and the certificate number, under their Chinese or English titles in any order.
/// </summary>
public sealed class OfficialListReader
{
    private static readonly string[] CreditCodeTitles = ["统一社会信用代码", "信用代码", "creditcode", "unifiedsocialcreditcode"];
    private static readonly string[] NameTitles = ["企业名称", "单位名称", "名称", "name", "enterprisename"];
    private static readonly string[] CertificateTitles = ["证书编号", "证书号", "certificatenumber", "certificate"];

    public IReadOnlyList<OfficialListRow> Read(Stream xlsx)
    {
        var rows = new List<OfficialListRow>();
        try
        {
            var number = 1;
            foreach (IDictionary<string, object?> row in xlsx.Query(useHeaderRow: true))
            {
                number++;
                var code = Cell(row, CreditCodeTitles);
                var name = Cell(row, NameTitles);
                if (code is null && name is null)
                {
                    continue;
                }

                if (rows.Count == ApplicationConsts.MaxOfficialListRows)
                {
                    throw new BusinessException(IncubationErrorCodes.OfficialListTooLong, 400, ApplicationConsts.MaxOfficialListRows) { Field = "file" };
                }

                rows.Add(new OfficialListRow(number, code, name, Cell(row, CertificateTitles)));
            }
        }
        catch (Exception e) when (e is not BusinessException)
        {
            // Not a workbook MiniExcel can read: the same answer as an empty one.
            throw Unreadable();
        }

        return rows.Count == 0 ? throw Unreadable() : rows;
    }

    private static string? Cell(IDictionary<string, object?> row, string[] titles)
    {
        foreach (var (title, value) in row)
        {
            var key = title.Replace(" ", string.Empty, StringComparison.Ordinal).Replace("_", string.Empty, StringComparison.Ordinal).ToLowerInvariant();
            if (titles.Contains(key) && value?.ToString() is { Length: > 0 } text && !string.IsNullOrWhiteSpace(text))
            {
                return text.Trim();
            }
        }

        return null;
    }

    private static BusinessException Unreadable() => new(IncubationErrorCodes.OfficialListUnreadable, 400) { Field = "file" };
}
