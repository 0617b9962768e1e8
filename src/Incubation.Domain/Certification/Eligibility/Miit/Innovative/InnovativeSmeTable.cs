namespace Incubation.Certification.Eligibility.Miit;

/// <summary>
/// 创新型中小企业评价标准 (工信部企业〔2022〕63号, domain-rules §3.1): score ≥ 60 with 创新能力 ≥ 20, 成长性 ≥ 15,
/// 专业化 ≥ 15, or one direct condition. Kept, provisionally, for 科技和创新型中小企业 under the 2026 measures (§4).
/// </summary>
internal static class InnovativeSmeTable
{
    private const string Doc = "SME-GRAD-2022 §3.1";
    private const string Confirmed = "[confirmed ×5]";

    public const decimal PassMark = 60m;
    public const string ScoreCode = "InnovativeSme.Score";
    public const string ScoreSource = $"{Doc} 评价得分 ≥60 {Confirmed}";

    public static readonly Threshold InnovationGroup = new("InnovativeSme.Score.InnovationGroup", $"{Doc} 创新能力 ≥20 {Confirmed}", 20m);
    public static readonly Threshold GrowthGroup = new("InnovativeSme.Score.GrowthGroup", $"{Doc} 成长性 ≥15 {Confirmed}", 15m);
    public static readonly Threshold SpecialisationGroup = new("InnovativeSme.Score.SpecialisationGroup", $"{Doc} 专业化 ≥15 {Confirmed}", 15m);

    // 创新能力 (40)
    public static readonly IpPoints Ip = new("InnovativeSme.Score.Ip", $"{Doc} 指标1 与主导产品相关的有效知识产权 {Confirmed}",
        HighValue: 20m, SelfDeveloped: 15m, Class1: 10m, Class2: 5m);

    public static readonly BandedIndicator RdRatio = new("InnovativeSme.Score.RdRatio", $"{Doc} 指标2 上年度研发费用/营业收入 {Confirmed}",
        MeasureUnit.Ratio, HigherIsBetter: true, [new(0.05m, 20m), new(0.03m, 15m), new(0.02m, 10m), new(0.01m, 5m)]);

    // 成长性 (30)
    public static readonly BandedIndicator MainRevenueGrowth = new("InnovativeSme.Score.Growth", $"{Doc} 指标3 上年度主营业务收入增长率 {Confirmed}",
        MeasureUnit.Ratio, HigherIsBetter: true, [new(0.15m, 20m), new(0.10m, 15m), new(0.05m, 10m), new(0m, 5m)]);

    public static readonly BandedIndicator DebtRatio = new("InnovativeSme.Score.DebtRatio", $"{Doc} 指标4 上年度资产负债率 {Confirmed}",
        MeasureUnit.Ratio, HigherIsBetter: false, [new(0.55m, 10m), new(0.75m, 5m)]);

    // 专业化 (30). 《战略性新兴产业分类》 membership is not a recorded fact: 5 (其他领域) to 10.
    public static readonly ExpertItem Field = new("InnovativeSme.Score.Field", $"{Doc} 指标5 主导产品所属领域 {Confirmed}", 5m, 10m);

    public static readonly BandedIndicator MainShare = new("InnovativeSme.Score.MainBusinessShare", $"{Doc} 指标6 上年度主营业务收入/营业收入 {Confirmed}",
        MeasureUnit.Ratio, HigherIsBetter: true, [new(0.70m, 20m), new(0.60m, 15m), new(0.55m, 10m), new(0.50m, 5m)]);

    // Direct conditions: (二) only the 高新技术企业 honour is recorded; (三) and (四) are facts; (一) and the other honours are not.
    public const string DirectHighTechCode = "InnovativeSme.Direct.HighTech";
    public const string DirectHighTechSource = $"{Doc} 直通条件(二) 高新技术企业（有效期内） {Confirmed}";
    public const string DirectRdInstitutionCode = "InnovativeSme.Direct.RdInstitution";
    public const string DirectRdInstitutionSource = $"{Doc} 直通条件(三) 经认定的省部级以上研发机构 {Confirmed}";
    public const RdInstitutionLevel DirectRdInstitutionLevel = RdInstitutionLevel.Provincial;

    public static readonly Threshold DirectEquity = new("InnovativeSme.Direct.EquityFinancing",
        $"{Doc} 直通条件(四) 近三年新增股权融资总额（合格机构投资者实缴）≥500万元 {Confirmed}", 5_000_000m);

    public const int DirectEquityYears = 3;

    public const string DirectAwardsCode = "InnovativeSme.Direct.AwardsOrHonours";
    public const string DirectAwardsSource = $"{Doc} 直通条件(一)(二) 近三年国家级/省级科技奖励；国家级技术创新示范企业、知识产权优势/示范企业等荣誉 {Confirmed}";

    public const string ProvisionalCode = "InnovativeSme.ProvisionalStandard";
    public const string ProvisionalSource =
        "SME-GRAD-2026 §4 科技和创新型中小企业: national standard not published; the 2022 创新型 score kept as Guangdong does [secondary ×2]";
}
