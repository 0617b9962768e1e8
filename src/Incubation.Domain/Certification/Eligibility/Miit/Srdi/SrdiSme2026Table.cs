namespace Incubation.Certification.Eligibility.Miit;

/// <summary>
/// 专精特新中小企业 under 工信部企业〔2026〕2号 (domain-rules §4, two independent secondary sources). The
/// 专精特新发展评价 score is computed on the MIIT platform (工信厅企业〔2024〕75号) and is not recomputed here.
/// </summary>
internal static class SrdiSme2026Table
{
    private const string Doc = "SME-GRAD-2026 §4 专精特新中小企业";
    private const string Secondary = "[secondary ×2]";

    /// <summary>
    /// "已获得科技和创新型中小企业称号": that tier merges 科技型中小企业 into the gradient, and titles issued under the
    /// 2022 rules stay valid until they expire, so a valid 创新型中小企业 title or a valid 科技型中小企业 registration counts.
    /// </summary>
    public const string HoldsTitleCode = "SrdiSme.HoldsInnovativeTitle";
    public const string HoldsTitleSource = $"{Doc} 已获科技和创新型中小企业称号 {Secondary}";
    public static readonly QualificationKind[] TitleKinds = [QualificationKind.InnovativeSme, QualificationKind.TechSme];

    public static readonly Threshold SegmentYears = new("SrdiSme.SegmentYears", $"{Doc} 细分市场 ≥3年 {Secondary}", 3m);
    public static readonly Threshold Revenue = new("SrdiSme.RevenueOrEquity", $"{Doc} 上年营业收入 ≥1500万元 {Secondary}", 15_000_000m);
    public static readonly Threshold Equity = new("SrdiSme.RevenueOrEquity", $"{Doc} 近两年新增合格机构实缴股权投资 ≥2000万元 {Secondary}", 20_000_000m);
    public const int EquityYears = 2;
    public static readonly Threshold MainShare = new("SrdiSme.MainBusinessShare", $"{Doc} 主营业务收入占比 ≥80% {Secondary}", 0.80m);
    public static readonly Threshold DebtRatio = new("SrdiSme.DebtRatio", $"{Doc} 资产负债率 ≤80% {Secondary}", 0.80m);
    public static readonly Threshold RdExpenseEachYear = new("SrdiSme.RdExpenseEachYear", $"{Doc} 近两年研发费用每年 ≥100万元 {Secondary}", 1_000_000m);
    public static readonly Threshold RdRatioEachYear = new("SrdiSme.RdRatioEachYear", $"{Doc} 近两年研发费用每年占营业收入 ≥3% {Secondary}", 0.03m);
    public static readonly Threshold Class1Ip = new("SrdiSme.Class1Ip", $"{Doc} ≥1项已应用并产生效益的Ⅰ类知识产权 {Secondary}", 1m);

    public const string IpExemptionCode = "SrdiSme.Class1IpExemption";
    public const string IpExemptionSource = $"{Doc} Ⅰ类知识产权条件可由科技奖/研发机构豁免 {Secondary}";
    public const RdInstitutionLevel IpExemptionLevel = RdInstitutionLevel.Provincial;

    public static readonly ExpertItem MarketShare = new("SrdiSme.MarketShare", $"{Doc} 主导产品国内或国际细分市场占有率较为靠前 {Secondary}");
    public static readonly ExpertItem PlatformScore = new("SrdiSme.PlatformScore", $"SME-EVAL-2024 专精特新发展评价得分 ≥50（平台计算）; {Doc} {Secondary}");
}
