using System.Text.Json;

namespace Incubation.Enterprises;

/// <summary>
/// One fiscal year's figures of an enterprise (年度数据). Money in yuan, counts in units; null means unknown, never 0.
/// </summary>
public sealed record YearlyFigures
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static readonly YearlyFigures Empty = new();

    /// <summary>销售收入: main plus other business revenue.</summary>
    public decimal? SalesRevenue { get; init; }

    /// <summary>总收入.</summary>
    public decimal? TotalIncome { get; init; }

    /// <summary>高新技术产品（服务）收入.</summary>
    public decimal? HighTechIncome { get; init; }

    /// <summary>研发费用.</summary>
    public decimal? RdExpense { get; init; }

    /// <summary>境内研发费用, part of <see cref="RdExpense"/>.</summary>
    public decimal? DomesticRdExpense { get; init; }

    /// <summary>成本费用总额.</summary>
    public decimal? CostAndExpenseTotal { get; init; }

    /// <summary>营业收入.</summary>
    public decimal? OperatingRevenue { get; init; }

    /// <summary>主营业务收入, part of <see cref="OperatingRevenue"/>.</summary>
    public decimal? MainBusinessRevenue { get; init; }

    /// <summary>净利润; may be negative.</summary>
    public decimal? NetProfit { get; init; }

    /// <summary>净资产; may be negative.</summary>
    public decimal? NetAssets { get; init; }

    public decimal? TotalAssets { get; init; }
    public decimal? TotalLiabilities { get; init; }

    /// <summary>职工总数: the year's average of the monthly head counts.</summary>
    public int? Employees { get; init; }

    /// <summary>科技人员.</summary>
    public int? TechStaff { get; init; }

    /// <summary>研发人员.</summary>
    public int? RdStaff { get; init; }

    /// <summary>I 类知识产权 (invention patents, plant varieties, layout designs…).</summary>
    public int? IpClass1Count { get; init; }

    /// <summary>Of which developed by the enterprise itself (not bought or licensed).</summary>
    public int? IpClass1SelfDevelopedCount { get; init; }

    /// <summary>II 类知识产权 (utility models, designs, software copyrights…).</summary>
    public int? IpClass2Count { get; init; }

    /// <summary>科技成果转化 count.</summary>
    public int? Conversions { get; init; }

    /// <summary>新增股权融资 in yuan.</summary>
    public decimal? NewEquityFinancing { get; init; }

    /// <summary>The snapshot kept in a revision: camelCase names, the same as the API's.</summary>
    public string ToJson() => JsonSerializer.Serialize(this, Json);

    public static YearlyFigures FromJson(string json) => JsonSerializer.Deserialize<YearlyFigures>(json, Json) ?? Empty;
}
