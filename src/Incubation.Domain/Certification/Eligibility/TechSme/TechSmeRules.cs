namespace Incubation.Certification.Eligibility.Science;

/// <summary>
/// Every threshold, band and pass mark of 科技型中小企业评价 (TSME-2017 with the 2022 service guide), with its
/// source (domain-rules §2). All ratios use the figures of the last fiscal year (上一会计年度).
/// </summary>
internal static class TechSmeRules
{
    public static readonly RuleSetInfo Info = new(
        "TSME-2017", QualificationKind.TechSme, "2017/2022", "国科发政〔2017〕115号; 国科火字〔2022〕67号", new DateOnly(2017, 5, 1), null);

    // §2.1 basic conditions (1)–(4).
    public const string ResidentEnterpriseSource = "TSME-GUIDE-2022 §2.1(1) 查账征收的居民企业 [confirmed ×2]";
    public static readonly Threshold MaxEmployees = new(500, "TSME-GUIDE-2022 §2.1(2) 职工总数 ≤500 人 [confirmed ×2]");
    public static readonly Threshold MaxSalesRevenue = new(200_000_000m, "TSME-GUIDE-2022 §2.1(2) 年销售收入 ≤2亿元 [confirmed ×2]");
    public static readonly Threshold MaxTotalAssets = new(200_000_000m, "TSME-GUIDE-2022 §2.1(2) 资产总额 ≤2亿元 [confirmed ×2]");
    public const string IndustrySource =
        "TSME-GUIDE-2022 §2.1(3) 非限制类/淘汰类, 非财税〔2015〕119号 不适用加计扣除行业 [confirmed ×2; industry list from memory — verify]";
    public const string NoMajorIncidentSource = "TSME-GUIDE-2022 §2.1(4) 上一会计年度及当年无重大事故、严重失信 [confirmed ×2]";

    // §2.1(5) and the scoring table §2.2; lower bounds inclusive ("含").
    public static readonly Threshold ScorePassMark = new(60, "TSME-GUIDE-2022 §2.1(5) 综合评价得分 ≥60 [confirmed ×2]");

    public const string TechStaffSource = "TSME-2017 §2.2 指标1 科技人员占比 ≤20; §2.1(5) 科技人员指标得分不得为0 [confirmed ×5]";
    public const decimal TechStaffOf = 20;

    public static readonly IReadOnlyList<PointsBand> TechStaffBands =
        [new(0.30m, 20), new(0.25m, 16), new(0.20m, 12), new(0.15m, 8), new(0.10m, 4), new(decimal.MinValue, 0)];

    public const string RdInputSource = "TSME-2017 §2.2 指标2 研发投入 ≤50, 企业选择申报一项 [confirmed ×5]";
    public const decimal RdInputOf = 50;

    /// <summary>2(1) R&amp;D / sales revenue.</summary>
    public static readonly IReadOnlyList<PointsBand> RdSalesBands =
        [new(0.06m, 50), new(0.05m, 40), new(0.04m, 30), new(0.03m, 20), new(0.02m, 10), new(decimal.MinValue, 0)];

    /// <summary>2(2) R&amp;D / total costs and expenses.</summary>
    public static readonly IReadOnlyList<PointsBand> RdCostBands =
        [new(0.30m, 50), new(0.25m, 40), new(0.20m, 30), new(0.15m, 20), new(0.10m, 10), new(decimal.MinValue, 0)];

    public const string IpSource = "TSME-2017 §2.2 指标3 科技成果(有效知识产权) ≤30 [confirmed ×5]";
    public const decimal IpOf = 30;

    /// <summary>≥1 Ⅰ类 earns the top grade; otherwise the Ⅱ类 count decides.</summary>
    public const decimal IpWithClass1 = 30;

    public static readonly IReadOnlyList<PointsBand> IpClass2Bands =
        [new(4, 24), new(3, 18), new(2, 12), new(1, 6), new(decimal.MinValue, 0)];

    // §2.3 direct confirmation: basic conditions (1)–(4) plus any one route.
    public const string DirectHighTechSource = "TSME-GUIDE-2022 §2.3(1) 有效期内高新技术企业资格 [confirmed ×3]";
    public const RdInstitutionLevel DirectRdInstitutionLevel = RdInstitutionLevel.Provincial;
    public const string DirectRdInstitutionSource = "TSME-GUIDE-2022 §2.3(3) 经认定的省部级以上研发机构 [confirmed ×3]";
    public const string DirectOtherSource =
        "TSME-GUIDE-2022 §2.3(2) 近五年国家级科技奖励排名前三; §2.3(4) 近五年主导制定国际/国家/行业标准 [confirmed ×3; (4) ranking single source]";
}

/// <summary>A band of the scoring table: values from <see cref="From"/> (inclusive) earn <see cref="Points"/>.</summary>
internal sealed record PointsBand(decimal From, decimal Points)
{
    /// <summary>The first band (tables go from the best band down) that holds the value.</summary>
    public static PointsBand Find(IReadOnlyList<PointsBand> bands, decimal value) => bands.First(b => value >= b.From);

    /// <summary>The band above, the one to aim for; null at the top.</summary>
    public static PointsBand? Next(IReadOnlyList<PointsBand> bands, PointsBand band)
    {
        var index = bands.ToList().IndexOf(band);
        return index > 0 ? bands[index - 1] : null;
    }
}
