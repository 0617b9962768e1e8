using Incubation.Enterprises;

namespace Incubation.Imports;

/// <summary>Generated rosters for the large-file test (and the benchmark's shape).</summary>
public static class ImportFiles
{
    /// <summary>Distinct valid synthetic codes.</summary>
    public static IReadOnlyList<string> DistinctCreditCodes(int count)
    {
        var random = new Random(Guid.NewGuid().GetHashCode());
        var codes = new HashSet<string>(StringComparer.Ordinal);
        while (codes.Count < count)
        {
            codes.Add(SyntheticCreditCodes.Next(random));
        }

        return codes.ToList();
    }

    public static byte[] Enterprises(IReadOnlyList<string> codes, Func<int, string> name) =>
        ImportRequests.Xlsx(["*统一社会信用代码", "*企业名称", "*所属街道（镇）", "*技术领域", "注册资本（万元）", "成立日期", "规上企业", "科学研究和技术服务业"],
            codes.Select((code, i) => new object?[]
            {
                code, name(i), i % 2 == 0 ? "黔灵东路街道" : "520103019", "10101", 100 + i, new DateTime(2010 + (i % 15), 1 + (i % 12), 1 + (i % 28)),
                i % 3 == 0 ? "是" : "否", i % 5 == 0 ? "是" : "否",
            }));
}
