using static Incubation.Certification.Eligibility.Miit.MiitTestData;

namespace Incubation.Certification.Eligibility.Miit;

/// <summary>
/// Item by item, 创新型中小企业 (2022) on 2025-05-20: "上年度" is 2024. The base enterprise: operating revenue
/// ¥10,000,000, main-business revenue ¥8,000,000 in 2024 and in 2023, R&amp;D ¥400,000, assets ¥10,000,000,
/// liabilities ¥4,000,000. Exact band edges belong to the better band (domain-rules §3.1 note).
/// </summary>
public class InnovativeSmeRuleTests
{
    private const string AsOf = "2025-05-20";

    private static EnterpriseFacts Base(decimal main2024 = 8_000_000m, decimal rd = 400_000m, decimal liabilities = 4_000_000m, decimal main2023 = 8_000_000m) => new()
    {
        Years =
        [
            Year(2024, operating: 10_000_000m, main: main2024, rd: rd, assets: 10_000_000m, liabilities: liabilities),
            Year(2023, main: main2023),
        ],
    };

    private static decimal Points(EnterpriseFacts facts, string code)
    {
        var (min, max) = Assess(QualificationKind.InnovativeSme, facts, AsOf).PointsOf(code);
        Assert.Equal(min, max);
        return min;
    }

    [Theory]
    [InlineData(500_000, 20)] // 5 % exactly: the ">5%" band
    [InlineData(499_999, 15)]
    [InlineData(300_000, 15)] // 3 % exactly
    [InlineData(299_999, 10)]
    [InlineData(200_000, 10)]
    [InlineData(100_000, 5)] // 1 % exactly: the "1–2%" band, not "<1%"
    [InlineData(99_999, 0)]
    public void Should_score_the_rd_ratio_with_edges_in_the_higher_band(decimal rd, decimal expected) =>
        Assert.Equal(expected, Points(Base(rd: rd), "InnovativeSme.Score.RdRatio"));

    [Theory]
    [InlineData(5_500_000, 10)] // 55 % exactly: still "<55%", the band with more points
    [InlineData(5_500_001, 5)]
    [InlineData(7_500_000, 5)] // 75 % exactly: still "55–75%"
    [InlineData(7_500_001, 0)]
    public void Should_score_the_debt_ratio_with_edges_in_the_band_with_more_points(decimal liabilities, decimal expected) =>
        Assert.Equal(expected, Points(Base(liabilities: liabilities), "InnovativeSme.Score.DebtRatio"));

    [Theory]
    [InlineData(9_200_000, 20)] // +15 %
    [InlineData(9_199_999, 15)]
    [InlineData(8_800_000, 15)] // +10 %
    [InlineData(8_400_000, 10)] // +5 %
    [InlineData(8_000_000, 5)] // 0 %: "0–5%", not "<0%"
    [InlineData(7_999_999, 0)]
    public void Should_score_last_years_main_revenue_growth(decimal main2024, decimal expected) =>
        Assert.Equal(expected, Points(Base(main2024: main2024), "InnovativeSme.Score.Growth"));

    [Theory]
    [InlineData(7_000_000, 20)] // 70 % exactly
    [InlineData(6_999_999, 15)]
    [InlineData(5_500_000, 10)] // 55 %
    [InlineData(5_000_000, 5)] // 50 %
    [InlineData(4_999_999, 0)]
    public void Should_score_the_main_business_share(decimal main2024, decimal expected) =>
        Assert.Equal(expected, Points(Base(main2024: main2024, main2023: main2024), "InnovativeSme.Score.MainBusinessShare"));

    [Theory]
    [InlineData(2, 1, null, 15, 20)] // self-developed Ⅰ类: 15, or 20 if experts find one of high value
    [InlineData(2, 0, null, 10, 20)] // bought Ⅰ类: 10, or 20 if of high value
    [InlineData(2, null, null, 10, 20)] // self-developed count unknown: at least the Ⅰ类 points
    [InlineData(0, 0, 3, 5, 5)]
    [InlineData(0, 0, 0, 0, 0)]
    [InlineData(0, 0, null, 0, 5)] // without Ⅰ类 IP, Ⅱ类 can give 5 at most
    [InlineData(null, null, null, 0, 20)]
    public void Should_give_the_ip_item_a_range_where_high_value_is_judged(int? class1, int? selfDeveloped, int? class2, int min, int max)
    {
        var facts = Base() with { IpClass1Count = class1, IpClass1SelfDevelopedCount = selfDeveloped, IpClass2Count = class2 };
        Assert.Equal((min, max), Assess(QualificationKind.InnovativeSme, facts, AsOf).PointsOf("InnovativeSme.Score.Ip"));
    }

    [Fact]
    public void Should_state_the_gap_to_the_next_band_in_yuan()
    {
        // R&D 400,000 / 10,000,000 = 4 % → 15 points; the 5 % band needs 0.05 × 10,000,000 = 500,000: 100,000 more.
        // Debt 6,000,000 / 10,000,000 = 60 % → 5 points; the 55 % band needs 6,000,000 − 0.55 × 10,000,000 = 500,000 less.
        var result = Assess(QualificationKind.InnovativeSme, Base(liabilities: 6_000_000m), AsOf);
        var rd = result.C("InnovativeSme.Score.RdRatio");
        Assert.Equal(new Measure(0.04m, MeasureUnit.Ratio), rd.Actual);
        Assert.Equal(new Measure(0.05m, MeasureUnit.Ratio), rd.Required);
        Assert.Equal(new Measure(100_000m, MeasureUnit.Yuan), rd.Gap);
        Assert.Equal(new Measure(500_000m, MeasureUnit.Yuan), result.C("InnovativeSme.Score.DebtRatio").Gap);
    }

    [Fact]
    public void Should_send_growth_on_a_zero_base_to_experts()
    {
        var growth = Assess(QualificationKind.InnovativeSme, Base(main2023: 0m), AsOf).C("InnovativeSme.Score.Growth");
        Assert.Null(growth.Passed);
        Assert.Equal(Criteria.ExpertJudgementKey, growth.MessageKey);
        Assert.Equal(new PointsRange(0, 20, 20), growth.Points);
    }

    [Fact]
    public void Should_leave_the_field_item_to_experts_between_5_and_10()
    {
        var field = Assess(QualificationKind.InnovativeSme, Base(), AsOf).C("InnovativeSme.Score.Field");
        Assert.Equal(new PointsRange(5, 10, 10), field.Points);
        Assert.False(field.IsCondition);
        Assert.Null(field.Passed);
    }

    [Fact]
    public void Should_name_the_missing_year_figure()
    {
        var facts = Base() with { Years = [Year(2024, operating: 10_000_000m, main: 8_000_000m)] };
        var result = Assess(QualificationKind.InnovativeSme, facts, AsOf);
        Assert.Equal(["years[2024].rdExpense"], result.C("InnovativeSme.Score.RdRatio").MissingFacts);
        Assert.Equal(["years[2023].mainBusinessRevenue"], result.C("InnovativeSme.Score.Growth").MissingFacts);
        Assert.Equal(Criteria.MissingFactsKey, result.C("InnovativeSme.Score.Growth").MessageKey);
    }
}
