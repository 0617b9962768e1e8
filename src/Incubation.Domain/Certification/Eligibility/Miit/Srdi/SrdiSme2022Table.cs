namespace Incubation.Certification.Eligibility.Miit;

/// <summary>专精特新中小企业认定标准 (工信部企业〔2022〕63号, domain-rules §3.2): four conditions and the 13-indicator score.</summary>
internal static class SrdiSme2022Table
{
    private const string Doc = "SME-GRAD-2022 §3.2";
    private const string Conditions = "[confirmed ×6]";
    private const string Items = "[confirmed ×3]";
    private const string ItemsSingle = "[single source]";

    // Conditions 1–3.
    public static readonly Threshold SegmentYears = new("SrdiSme.SegmentYears", $"{Doc} 条件1 从事特定细分市场时间 ≥2年 {Conditions}", 2m);
    public static readonly Threshold RdExpense = new("SrdiSme.RdExpense", $"{Doc} 条件2 上年度研发费用总额 ≥100万元 {Conditions}", 1_000_000m);
    public static readonly Threshold RdRatio = new("SrdiSme.RdRatio", $"{Doc} 条件2 研发费用占营业收入比重 ≥3% {Conditions}", 0.03m);
    public static readonly Threshold Revenue = new("SrdiSme.RevenueOrEquity", $"{Doc} 条件3 上年度营业收入 ≥1000万元 {Conditions}", 10_000_000m);
    public static readonly Threshold Equity = new("SrdiSme.RevenueOrEquity", $"{Doc} 条件3 近2年新增股权融资（合格机构实缴）≥2000万元 {Conditions}", 20_000_000m);
    public const int EquityYears = 2;

    // Condition 4: the score, or a direct route.
    public const decimal PassMark = 60m;
    public const string ScoreCode = "SrdiSme.Score";
    public const string ScoreSource = $"{Doc} 条件4 评价得分 ≥60 {Conditions}";
    public static readonly Threshold DirectRdAverage = new("SrdiSme.Direct.RdAverage", $"{Doc} 条件4(二) 近两年研发费用总额均值 ≥1000万元 {Conditions}", 10_000_000m);
    public static readonly Threshold DirectEquity = new("SrdiSme.Direct.EquityFinancing", $"{Doc} 条件4(三) 近两年新增股权融资（合格机构实缴）≥6000万元 {Conditions}", 60_000_000m);
    public const int DirectYears = 2;
    public const string DirectAwardsCode = "SrdiSme.Direct.AwardsOrContest";
    public const string DirectAwardsSource = $"{Doc} 条件4(一)(四) 近三年省级科技奖励前三/国家级前五；创客中国全国500强 {Conditions}";

    // 专业化 (25)
    public static readonly BandedIndicator MainShare = new("SrdiSme.Score.MainBusinessShare", $"{Doc} 指标1 上年度主营业务收入/营业收入 {Items}",
        MeasureUnit.Ratio, HigherIsBetter: true, [new(0.80m, 5m), new(0.70m, 3m), new(0.60m, 1m)]);

    public static readonly BandedIndicator AverageGrowth = new("SrdiSme.Score.Growth", $"{Doc} 指标2 近2年主营业务收入平均增长率 {Items}",
        MeasureUnit.Ratio, HigherIsBetter: true, [new(0.10m, 10m), new(0.08m, 8m), new(0.06m, 6m), new(0.04m, 4m), new(0m, 2m)]);

    /// <summary>每满 2 年得 1 分, at most 5: the same as bands at 2, 4, 6, 8 and 10 years.</summary>
    public static readonly BandedIndicator Segment = new("SrdiSme.Score.SegmentYears", $"{Doc} 指标3 从事特定细分市场年限 {Items}",
        MeasureUnit.Years, HigherIsBetter: true, [new(10m, 5m), new(8m, 4m), new(6m, 3m), new(4m, 2m), new(2m, 1m)]);

    public static readonly ExpertItem Field = new("SrdiSme.Score.Field", $"{Doc} 指标4 主导产品所属领域 {Items}", 0m, 5m);

    // 精细化 (25)
    public static readonly ExpertItem Digitalisation = new("SrdiSme.Score.Digitalisation", $"{Doc} 指标5 数字化水平 {Items}", 0m, 5m);
    public static readonly ExpertItem Quality = new("SrdiSme.Score.QualityManagement", $"{Doc} 指标6 质量管理水平 {Items}", 0m, 5m);

    public static readonly BandedIndicator NetProfitMargin = new("SrdiSme.Score.NetProfitMargin", $"{Doc} 指标7 上年度净利润率 {Items}",
        MeasureUnit.Ratio, HigherIsBetter: true, [new(0.10m, 10m), new(0.08m, 8m), new(0.06m, 6m), new(0.04m, 4m), new(0.02m, 2m)]);

    public static readonly BandedIndicator DebtRatio = new("SrdiSme.Score.DebtRatio", $"{Doc} 指标8 上年度资产负债率 {Items}",
        MeasureUnit.Ratio, HigherIsBetter: false, [new(0.50m, 5m), new(0.60m, 3m), new(0.70m, 1m)]);

    /// <summary>特色化 (15): set by each province; 贵州省's indicators were not found (domain-rules §9), so experts score all 15.</summary>
    public static readonly ExpertItem LocalFeatures = new("SrdiSme.Score.LocalFeatures", $"{Doc} 指标9 特色化指标（省定；贵州省指标未找到）", 0m, 15m);

    // 创新能力 (35)
    public static readonly IpPoints Ip = new("SrdiSme.Score.Ip", $"{Doc} 指标10 与主导产品相关的有效知识产权 {Items}",
        HighValue: 10m, SelfDeveloped: 8m, Class1: 6m, Class2: 2m);

    /// <summary>指标11 scores the better of the amount and the ratio; both tables have the same points.</summary>
    public static readonly BandedIndicator RdAmount = new("SrdiSme.Score.RdInput", $"{Doc} 指标11 上年度研发费用投入（金额或占比，取高） {Items}",
        MeasureUnit.Yuan, HigherIsBetter: true,
        [new(5_000_000m, 10m), new(4_000_000m, 8m), new(3_000_000m, 6m), new(2_000_000m, 4m), new(1_000_000m, 2m)]);

    public static readonly BandedIndicator RdShare = RdAmount with
    {
        Unit = MeasureUnit.Ratio,
        Bands = [new(0.10m, 10m), new(0.08m, 8m), new(0.06m, 6m), new(0.04m, 4m), new(0.03m, 2m)],
    };

    public static readonly BandedIndicator RdStaffRatio = new("SrdiSme.Score.RdStaffRatio", $"{Doc} 指标12 上年度研发人员占比 {ItemsSingle}",
        MeasureUnit.Ratio, HigherIsBetter: true, [new(0.20m, 5m), new(0.10m, 3m), new(0.05m, 1m)]);

    public const string RdInstitutionCode = "SrdiSme.Score.RdInstitution";
    public const string RdInstitutionSource = $"{Doc} 指标13 建立研发机构级别 {ItemsSingle}";
    public const decimal RdInstitutionOf = 10m;

    public static readonly IReadOnlyDictionary<RdInstitutionLevel, decimal> RdInstitutionPoints = new Dictionary<RdInstitutionLevel, decimal>
    {
        [RdInstitutionLevel.National] = 10m,
        [RdInstitutionLevel.Provincial] = 8m,
        [RdInstitutionLevel.City] = 4m,
        [RdInstitutionLevel.BelowCity] = 2m,
        [RdInstitutionLevel.None] = 0m,
    };
}
