using System.Globalization;
using Incubation.Enterprises;
using Incubation.Imports;
using MiniExcelLibs;

namespace Incubation.Benchmarks;

/// <summary>Generated rosters: new enterprises, the same enterprises renamed, a year of figures and a certificate each.</summary>
public static class RosterFiles
{
    private static readonly Random Random = new(20250101);
    private static readonly HashSet<string> Used = new(StringComparer.Ordinal);

    public static IReadOnlyList<string> NewCodes(int count)
    {
        var codes = new List<string>(count);
        while (codes.Count < count)
        {
            var code = SyntheticCreditCodes.Next(Random);
            if (Used.Add(code))
            {
                codes.Add(code);
            }
        }

        return codes;
    }

    public static IEnumerable<(ImportKind Kind, string Label, byte[] File)> All(IReadOnlyList<string> codes, string name)
    {
        var today = ChinaTime.Today(TimeProvider.System);
        var issued = today.AddDays(-30).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        yield return (ImportKind.Enterprises, "enterprises, all new", Xlsx(
            ["*统一社会信用代码", "*企业名称", "*所属街道（镇）", "*技术领域", "注册资本（万元）", "成立日期", "规上企业"],
            codes.Select((c, i) => new object?[]
            {
                c, $"{name}企业{i:D5}", i % 2 == 0 ? "黔灵东路街道" : "520103019", "10101", 100 + i, new DateTime(2015, 1, 1).AddDays(i % 3000), i % 3 == 0 ? "是" : "否",
            })));
        yield return (ImportKind.Enterprises, "enterprises, all updated", Xlsx(["*统一社会信用代码", "*企业名称"],
            codes.Select((c, i) => new object?[] { c, $"{name}企业{i:D5}（更新）" })));
        yield return (ImportKind.YearlyData, "yearly data, all new (verified)", Xlsx(
            ["*统一社会信用代码", "*年度", "销售收入（元）", "研发费用（元）", "职工总数（全年月平均）", "科技人员数"],
            codes.Select((c, i) => new object?[] { c, today.Year - 1, 1_000_000 + i, 50_000 + i, 50 + (i % 50), 10 + (i % 10) })));
        yield return (ImportKind.Qualifications, "qualifications, all new", Xlsx(["*统一社会信用代码", "*资质类别", "*证书编号", "*发证日期"],
            codes.Select((c, i) => new object?[] { c, "高新技术企业", $"GR{name}{i:D8}", issued })));
    }

    private static byte[] Xlsx(string[] header, IEnumerable<object?[]> rows)
    {
        using var stream = new MemoryStream();
        stream.SaveAs(rows.Select(cells => header.Select((title, i) => (title, value: cells[i])).ToDictionary(c => c.title, c => c.value)));
        return stream.ToArray();
    }
}
