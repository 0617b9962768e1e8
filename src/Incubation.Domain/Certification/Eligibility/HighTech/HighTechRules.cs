namespace Incubation.Certification.Eligibility.Science;

/// <summary>
/// Every threshold, tier, band and pass mark of 高新技术企业认定 (HTE-2016), with its source (domain-rules §1).
/// Beware the 2008 rules still quoted on many pages (6 % tier, 30 % tech staff): they are not these.
/// </summary>
internal static class HighTechRules
{
    public static readonly RuleSetInfo Info = new(
        "HTE-2016", QualificationKind.HighTech, "2016", "国科发火〔2016〕32号; 国科发火〔2016〕195号", new DateOnly(2016, 1, 1), null);

    // The eight conditions of 第十一条 (domain-rules §1.1), all required.
    public static readonly Threshold MinDaysRegistered =
        new(365, "HTE-2016 第十一条(一); HTE-GUIDE-2016 (一)年限 \"365个日历天数以上\" [confirmed ×6]");

    public static readonly Threshold MinOwnedIp = new(1, "HTE-2016 第十一条(二) 知识产权所有权 [confirmed ×6]");

    public const string IndustryFieldSource = "HTE-2016 第十一条(三) 《国家重点支持的高新技术领域》 [confirmed ×6]";

    public static readonly Threshold MinTechStaffRatio =
        new(0.10m, "HTE-2016 第十一条(四); HTE-GUIDE-2016 科技人员 全年月平均数 [confirmed ×6]");

    /// <summary>近三个会计年度: Y-3..Y-1, cut to the operating years (实际经营期不满三年的按实际经营时间计算).</summary>
    public const int WindowYears = 3;

    public const string RdRatioSource = "HTE-2016 第十一条(五) 研发费用/销售收入, 分档按最近一年销售收入 [confirmed ×6]";

    /// <summary>The tier is chosen by the last year's sales; the caps are inclusive ("含").</summary>
    public static readonly IReadOnlyList<RdTier> RdTiers =
    [
        new(50_000_000m, 0.05m),
        new(200_000_000m, 0.04m),
        new(null, 0.03m),
    ];

    public static readonly Threshold MinDomesticRdShare = new(0.60m, "HTE-2016 第十一条(五) 境内研发费用占比 [confirmed ×6]");

    public static readonly Threshold MinHighTechIncomeShare = new(0.60m, "HTE-2016 第十一条(六) 近一年高新技术产品(服务)收入占比 [confirmed ×6]");

    /// <summary>"70分以上(不含70分)": experts give whole points, so the lowest passing total is 71.</summary>
    public static readonly Threshold ScorePassMark =
        new(71, "HTE-2016 第十一条(七); HTE-GUIDE-2016 企业创新能力评价 70分以上(不含70分) [confirmed ×3]");

    public const string NoMajorIncidentSource = "HTE-2016 第十一条(八) 申请认定前一年内无重大事故或严重环境违法 [confirmed ×6]";

    // 企业创新能力评价 (domain-rules §1.5).
    public const string IpSource = "HTE-GUIDE-2016 企业创新能力评价 (一)知识产权 ≤30 (domain-rules §1.5a) [confirmed ×4]";
    public const decimal IpCap = 30;
    public static readonly PointsRange IpAdvancement = new(0, 8, 8);
    public static readonly PointsRange IpCoreSupport = new(0, 8, 8);
    public static readonly PointsRange IpCountMax = new(0, 8, 8);

    /// <summary>Item 3: one Ⅰ类 item is grade A whatever the Ⅱ类 count; otherwise the Ⅱ类 count decides.</summary>
    public static readonly PointsRange IpCountWithClass1 = new(7, 8, 8);

    public static readonly IReadOnlyList<GradeBand> IpClass2CountBands =
    [
        new("B", 5, false, 5, 6),
        new("C", 3, false, 3, 4),
        new("D", 1, false, 1, 2),
        new("E", decimal.MinValue, false, 0, 0),
    ];

    public static readonly PointsRange IpAcquisitionMax = new(0, 6, 6);
    public static readonly PointsRange IpSelfDeveloped = new(1, 6, 6);
    public static readonly PointsRange IpOnlyAcquired = new(1, 3, 6);
    public static readonly PointsRange IpNone = new(0, 0, 6);

    /// <summary>Item 5, a bonus: the IP part with it never exceeds <see cref="IpCap"/>.</summary>
    public static readonly PointsRange IpStandardsBonus = new(0, 2, 2);

    public const string ConversionsSource = "HTE-GUIDE-2016 企业创新能力评价 (二)科技成果转化能力 ≤30, 近三年年均转化数 (domain-rules §1.5b) [confirmed ×4]";
    public const decimal ConversionsOf = 30;

    public static readonly IReadOnlyList<GradeBand> ConversionBands =
    [
        new("A", 5, false, 25, 30),
        new("B", 4, false, 19, 24),
        new("C", 3, false, 13, 18),
        new("D", 2, false, 7, 12),
        new("E", 1, false, 1, 6),
        new("F", decimal.MinValue, false, 0, 0),
    ];

    public const string RdManagementSource = "HTE-GUIDE-2016 企业创新能力评价 (三)研究开发组织管理水平 ≤20 (domain-rules §1.5c) [confirmed ×2]";
    public static readonly PointsRange RdManagement = new(0, 20, 20);

    public const string GrowthSource =
        "HTE-GUIDE-2016 企业创新能力评价 (四)企业成长性: 净资产/销售收入增长率各 ≤10 (domain-rules §1.5d) [formula single source; bands public code]";

    public const decimal GrowthOf = 10;

    /// <summary>Each growth rate: ≥35 % A, ≥25 % B, ≥15 % C, ≥5 % D, &gt;0 E (exclusive), else F.</summary>
    public static readonly IReadOnlyList<GradeBand> GrowthBands =
    [
        new("A", 0.35m, false, 9, 10),
        new("B", 0.25m, false, 7, 8),
        new("C", 0.15m, false, 5, 6),
        new("D", 0.05m, false, 3, 4),
        new("E", 0m, true, 1, 2),
        new("F", decimal.MinValue, false, 0, 0),
    ];
}

/// <summary>An R&amp;D ratio tier: applies while the last year's sales are at most <see cref="MaxLastYearSales"/> (null: no cap).</summary>
internal sealed record RdTier(decimal? MaxLastYearSales, decimal MinRdRatio)
{
    public bool Applies(decimal lastYearSales) => MaxLastYearSales is null || lastYearSales <= MaxLastYearSales;
}

/// <summary>A grade of a scoring table: values from <see cref="From"/> (inclusive unless stated) earn Min..Max points.</summary>
internal sealed record GradeBand(string Grade, decimal From, bool FromExclusive, decimal MinPoints, decimal MaxPoints)
{
    public bool Contains(decimal value) => FromExclusive ? value > From : value >= From;

    public PointsRange Points(decimal of) => new(MinPoints, MaxPoints, of);

    /// <summary>The first band (tables go from the best grade down) that holds the value.</summary>
    public static GradeBand Find(IReadOnlyList<GradeBand> bands, decimal value) => bands.First(b => b.Contains(value));
}
