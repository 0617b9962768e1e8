namespace Incubation.Certification.Eligibility.Miit;

/// <summary>R&amp;D intensity required in each of the last two years when Y-1 operating revenue is at least <see cref="RevenueFrom"/>.</summary>
internal sealed record RdRatioTier(decimal RevenueFrom, decimal RatioEachYear, string Source);

/// <summary>专精特新"小巨人"企业认定标准 (工信部企业〔2022〕63号, domain-rules §3.3).</summary>
internal static class LittleGiant2022Table
{
    private const string Doc = "SME-GRAD-2022 §3.3";
    private const string Confirmed = "[confirmed ×5]";

    public const string HoldsTitleCode = "LittleGiant.HoldsSrdiTitle";
    public const string HoldsTitleSource = $"{Doc} 已认定为专精特新中小企业 {Confirmed}";

    // 专业化
    public static readonly Threshold SegmentYears = new("LittleGiant.SegmentYears", $"{Doc} 专业化 截至上年末从事特定细分市场 ≥3年 {Confirmed}", 3m);
    public static readonly Threshold MainShare = new("LittleGiant.MainBusinessShare", $"{Doc} 专业化 主营业务收入占营业收入 ≥70% {Confirmed}", 0.70m);
    public static readonly Threshold AverageGrowth = new("LittleGiant.AverageGrowth", $"{Doc} 专业化 近2年主营业务收入平均增长率 ≥5% {Confirmed}", 0.05m);

    // 精细化
    public static readonly ExpertItem InformationSystem = new("LittleGiant.InformationSystem", $"{Doc} 精细化 ≥1项核心业务采用信息系统支撑 {Confirmed}");
    public static readonly ExpertItem ManagementCertification = new("LittleGiant.ManagementCertification", $"{Doc} 精细化 管理体系认证或产品通过发达国家/地区认证 {Confirmed}");
    public static readonly Threshold DebtRatio = new("LittleGiant.DebtRatio", $"{Doc} 精细化 上年末资产负债率 ≤70% {Confirmed}", 0.70m);

    // 特色化
    public static readonly ExpertItem MarketShare = new("LittleGiant.MarketShare", $"{Doc} 特色化 主导产品全国细分市场占有率 ≥10% 且有较高知名度 {Confirmed}");
    public static readonly ExpertItem OwnBrand = new("LittleGiant.OwnBrand", $"{Doc} 特色化 直接面向市场并具竞争优势的自主品牌 {Confirmed}");

    // 创新能力, 一般性条件 (1): tiers by 上年度营业收入, an exact 1亿 or 5000万 belonging to the tier it opens ("以上").
    public const string RdRatioTierCode = "LittleGiant.RdRatioTier";
    public const string RdTierSource = $"{Doc} 创新能力(1) 研发投入按上年度营业收入分档 {Confirmed}";

    public static readonly IReadOnlyList<RdRatioTier> RdRatioTiers =
    [
        new(100_000_000m, 0.03m, $"{Doc} 创新能力(1) 上年度营业收入 ≥1亿元：近2年研发费用占营业收入均 ≥3% {Confirmed}"),
        new(50_000_000m, 0.06m, $"{Doc} 创新能力(1) 上年度营业收入 5000万–1亿元：近2年研发费用占营业收入均 ≥6% {Confirmed}"),
    ];

    public static readonly Threshold SmallTierEquity = new("LittleGiant.SmallTier.EquityFinancing",
        $"{Doc} 创新能力(1) 营业收入 <5000万元：近2年新增股权融资（合格机构实缴）≥8000万元 {Confirmed}", 80_000_000m);

    public static readonly Threshold SmallTierRdTotal = new("LittleGiant.SmallTier.RdTotal",
        $"{Doc} 创新能力(1) 营业收入 <5000万元：近2年研发费用总额 ≥3000万元 {Confirmed}", 30_000_000m);

    public static readonly Threshold SmallTierRdStaff = new("LittleGiant.SmallTier.RdStaffRatio",
        $"{Doc} 创新能力(1) 营业收入 <5000万元：研发人员占职工总数 ≥50% {Confirmed}", 0.50m);

    public const int TierYears = 2;

    // 创新能力 (2), (3)
    public const string RdInstitutionCode = "LittleGiant.RdInstitution";
    public const string RdInstitutionSource = $"{Doc} 创新能力(2) 自建或联合建立研发机构 {Confirmed}";
    public const RdInstitutionLevel RdInstitutionMinimum = RdInstitutionLevel.BelowCity;
    public static readonly Threshold Class1Ip = new("LittleGiant.Class1Ip", $"{Doc} 创新能力(3) ≥2项与主导产品相关的Ⅰ类知识产权 {Confirmed}", 2m);

    public const string InnovationDirectCode = "LittleGiant.InnovationDirectRoute";
    public const string InnovationDirectSource = $"{Doc} 创新直通条件 近三年国家级科技奖励前三；创客中国全国50强 {Confirmed}";

    // 产业链配套, 主导产品所属领域
    public static readonly ExpertItem IndustrialChain = new("LittleGiant.IndustrialChain", $"{Doc} 产业链配套 补短板/锻长板/填空白 {Confirmed}");
    public static readonly ExpertItem ProductField = new("LittleGiant.ProductField", $"{Doc} 主导产品所属领域 {Confirmed}");
}
