namespace Incubation.Certification.Eligibility.Miit;

/// <summary>
/// 专精特新"小巨人" under 工信部企业〔2026〕2号 (domain-rules §4: secondary sources; the 小巨人 detail from one of
/// them). The 专精特新发展评价 score (≥ 60) is computed on the MIIT platform and is not recomputed here.
/// </summary>
internal static class LittleGiant2026Table
{
    private const string Doc = "SME-GRAD-2026 §4 小巨人";
    private const string Secondary = "[secondary; detail single source — verify]";

    public const string HoldsTitleCode = "LittleGiant.HoldsSrdiTitle";
    public const string HoldsTitleSource = $"{Doc} 已获专精特新中小企业称号 {Secondary}";

    public static readonly Threshold SegmentYears = new("LittleGiant.SegmentYears", $"{Doc} 细分市场 ≥3年 {Secondary}", 3m);
    public static readonly Threshold Revenue = new("LittleGiant.Revenue", $"{Doc} 上年营业收入 ≥5000万元 {Secondary}", 50_000_000m);
    public static readonly Threshold MainShare = new("LittleGiant.MainBusinessShare", $"{Doc} 主营业务收入占比 ≥90% {Secondary}", 0.90m);
    public static readonly Threshold CompoundGrowth = new("LittleGiant.CompoundGrowth", $"{Doc} 近两年营收复合增长率 ≥5% {Secondary}", 0.05m);
    public static readonly Threshold DebtRatio = new("LittleGiant.DebtRatio", $"{Doc} 资产负债率 ≤75% {Secondary}", 0.75m);
    public static readonly Threshold RdTotal = new("LittleGiant.RdTotal", $"{Doc} 近两年研发费用合计 ≥1200万元 {Secondary}", 12_000_000m);
    public const int RdYears = 2;
    public static readonly Threshold RdRatioEachYear = new("LittleGiant.RdRatioEachYear", $"{Doc} 近两年研发费用每年占营业收入 ≥3% {Secondary}", 0.03m);
    public static readonly Threshold Class1Ip = new("LittleGiant.Class1Ip", $"{Doc} ≥4项已产生效益的Ⅰ类知识产权 {Secondary}", 4m);

    public const string IpAwardExemptionCode = "LittleGiant.Class1IpAwardExemption";
    public const string IpAwardExemptionSource = $"{Doc} 近三年国家级科技奖排名前三可免Ⅰ类知识产权条件 {Secondary}";

    public static readonly ExpertItem MarketShare = new("LittleGiant.MarketShare", $"{Doc} 主导产品细分市场占有率 ≥10% 或国内前三 {Secondary}");
    public static readonly ExpertItem ProductField = new("LittleGiant.ProductField", $"{Doc} 主导产品所属领域 {Secondary}");
    public static readonly ExpertItem PlatformScore = new("LittleGiant.PlatformScore", $"SME-EVAL-2024 专精特新发展评价得分 ≥60（平台计算）; {Doc} {Secondary}");
}
