using static Incubation.Certification.Eligibility.Science.ScienceTestKit;

namespace Incubation.Certification.Eligibility.Science;

/// <summary>The innovation score of HTE-2016 (domain-rules §1.5): computed grades, expert ranges, the zero rules of growth.</summary>
public class HighTechScoreTests
{
    private static KindAssessment Assess(EnterpriseFacts facts) => HighTech(facts, SampleFirm.AsOf);

    [Theory]
    [InlineData(1, 0, 7, 8)] // ≥1 Ⅰ类 → A
    [InlineData(0, 5, 5, 6)] // ≥5 Ⅱ类 → B
    [InlineData(0, 4, 3, 4)] // 3–4 → C
    [InlineData(0, 3, 3, 4)]
    [InlineData(0, 2, 1, 2)] // 1–2 → D
    [InlineData(0, 1, 1, 2)]
    [InlineData(0, 0, 0, 0)]
    public void Should_grade_the_ip_count(int class1, int class2, int min, int max)
    {
        var facts = SampleFirm.Facts with { IpClass1Count = class1, IpClass1SelfDevelopedCount = class1, IpClass2Count = class2 };

        AssertPoints(min, max, Assess(facts).PointsOf("HighTech.Score.IpCount"));
    }

    [Theory]
    [InlineData(2, 2, 0, 1, 6)] // self-developed Ⅰ类
    [InlineData(2, 0, 0, 1, 3)] // only acquired Ⅰ类, no Ⅱ类
    [InlineData(2, null, 0, 1, 6)] // origin unknown: the wider range
    [InlineData(2, 0, 3, 1, 6)] // Ⅱ类 origin is not among the facts
    [InlineData(0, 0, 0, 0, 0)] // no IP, no points
    public void Should_range_the_acquisition_item_by_what_is_known_of_the_ip_origin(
        int class1, int? selfDeveloped, int class2, int min, int max)
    {
        var facts = SampleFirm.Facts with { IpClass1Count = class1, IpClass1SelfDevelopedCount = selfDeveloped, IpClass2Count = class2 };

        AssertPoints(min, max, Assess(facts).PointsOf("HighTech.Score.IpAcquisition"));
    }

    [Theory]
    [InlineData(1, 1, 0, 0)] // 8 + 8 + 8 + 6 = 30 already: no room for the bonus
    [InlineData(1, 0, 0, 2)] // 8 + 8 + 8 + 3 = 27: the whole bonus fits
    [InlineData(0, 0, 2, 2)] // 8 + 8 + 2 + 6 = 24
    public void Should_keep_the_ip_part_within_30_with_the_bonus(int class1, int selfDeveloped, int class2, int bonusMax)
    {
        var facts = SampleFirm.Facts with { IpClass1Count = class1, IpClass1SelfDevelopedCount = selfDeveloped, IpClass2Count = class2 };
        var assessment = Assess(facts);

        AssertPoints(0, bonusMax, assessment.PointsOf("HighTech.Score.IpStandards"));
        var ipMax = assessment.Criteria.Where(c => c.Code.StartsWith("HighTech.Score.Ip", StringComparison.Ordinal)).Sum(c => c.Points!.Max);
        Assert.True(ipMax <= 30);
    }

    [Theory]
    [InlineData(5, 5, 5, 25, 30)] // average 5 → A
    [InlineData(5, 5, 4, 19, 24)] // 14 / 3 = 4.67 → B
    [InlineData(3, 3, 3, 13, 18)] // 3 → C
    [InlineData(2, 2, 2, 7, 12)] // 2 → D
    [InlineData(0, 0, 3, 1, 6)] // 1 → E
    [InlineData(0, 1, 1, 0, 0)] // 0.67: below E's "≥1"
    public void Should_grade_conversions_by_the_annual_average(int y2023, int y2024, int y2025, int min, int max)
    {
        var facts = SampleFirm.Facts with
        {
            Years =
            [
                SampleFirm.Year2023 with { Conversions = y2023 },
                SampleFirm.Year2024 with { Conversions = y2024 },
                SampleFirm.Year2025 with { Conversions = y2025 },
            ],
        };

        AssertPoints(min, max, Assess(facts).PointsOf("HighTech.Score.Conversions"));
    }

    [Fact]
    public void Should_leave_a_score_item_open_when_its_fact_is_missing()
    {
        var result = Assess(SampleFirm.WithLastYear(y => y with { Conversions = null })).Criterion("HighTech.Score.Conversions");

        Assert.Null(result.Passed);
        Assert.False(result.IsCondition);
        AssertPoints(0, 30, result.Points);
        Assert.Equal(["years[2025].conversions"], result.MissingFacts);
    }

    [Fact]
    public void Should_leave_the_judged_items_to_the_experts()
    {
        var assessment = Assess(SampleFirm.Facts);

        AssertPoints(0, 8, assessment.PointsOf("HighTech.Score.IpAdvancement"));
        AssertPoints(0, 8, assessment.PointsOf("HighTech.Score.IpCoreSupport"));
        AssertPoints(0, 20, assessment.PointsOf("HighTech.Score.RdManagement"));
        Assert.All(
            ["HighTech.Score.IpAdvancement", "HighTech.Score.IpCoreSupport", "HighTech.Score.RdManagement"],
            code => Assert.Equal("Eligibility:ExpertJudgement", assessment.Criterion(code).MessageKey));
    }

    [Theory]
    [InlineData(100, 135, 182.25, 0.35, 9, 10)] // ½(1.35 + 1.35) − 1 = 35 % exactly → A
    [InlineData(100, 120, 150, 0.225, 5, 6)] // ½(1.2 + 1.25) − 1 = 22.5 % → C
    [InlineData(100, 105, 110.25, 0.05, 3, 4)] // 5 % exactly → D
    [InlineData(100, 100, 101, 0.005, 1, 2)] // ½(1 + 1.01) − 1 = 0.5 % → E
    [InlineData(100, 100, 100, 0, 0, 0)] // 0: "> 0" fails
    [InlineData(100, 80, 60, -0.225, 0, 0)] // ½(0.8 + 0.75) − 1 < 0
    [InlineData(0, 80, 100, 0.25, 7, 8)] // year 1 = 0: 100 / 80 − 1 = 25 % → B
    public void Should_compute_sales_growth_by_the_formula_and_its_zero_rule(
        decimal y1, decimal y2, decimal y3, decimal rate, int min, int max)
    {
        var facts = SampleFirm.Facts with
        {
            Years =
            [
                SampleFirm.Year2023 with { SalesRevenue = y1 * 100_000 },
                SampleFirm.Year2024 with { SalesRevenue = y2 * 100_000 },
                SampleFirm.Year2025 with { SalesRevenue = y3 * 100_000 },
            ],
        };

        var result = Assess(facts).Criterion("HighTech.Score.SalesGrowth");

        Assert.Equal(new Measure(rate, MeasureUnit.Ratio), result.Actual);
        AssertPoints(min, max, result.Points);
    }

    [Fact]
    public void Should_give_no_growth_points_when_the_second_year_is_zero()
    {
        var facts = SampleFirm.Facts with { Years = [SampleFirm.Year2023, SampleFirm.Year2024 with { NetAssets = 0 }, SampleFirm.Year2025] };

        var result = Assess(facts).Criterion("HighTech.Score.NetAssetGrowth");

        AssertPoints(0, 0, result.Points);
        Assert.False(result.Passed);
        Assert.Equal("Eligibility:HighTech.Score.Growth.SecondYearZero", result.MessageKey);
    }

    [Fact]
    public void Should_derive_net_assets_from_assets_and_liabilities()
    {
        // 10M, 12M, 15M as in the sample, given as assets − liabilities.
        var facts = SampleFirm.WithYears(y => y with { NetAssets = null, TotalAssets = y.NetAssets + 5_000_000m, TotalLiabilities = 5_000_000m });

        var result = Assess(facts).Criterion("HighTech.Score.NetAssetGrowth");

        Assert.Equal(new Measure(0.225m, MeasureUnit.Ratio), result.Actual);
    }

    [Fact]
    public void Should_send_negative_net_assets_to_review()
    {
        var facts = SampleFirm.Facts with { Years = [SampleFirm.Year2023 with { NetAssets = -2_000_000m }, SampleFirm.Year2024, SampleFirm.Year2025] };

        var result = Assess(facts).Criterion("HighTech.Score.NetAssetGrowth");

        Assert.Null(result.Passed);
        AssertPoints(0, 10, result.Points);
        Assert.Equal("Eligibility:HighTech.Score.Growth.Negative", result.MessageKey);
    }

    [Fact]
    public void Should_ask_for_net_assets_when_neither_figure_nor_its_parts_are_known()
    {
        var facts = SampleFirm.WithLastYear(y => y with { NetAssets = null, TotalAssets = 40_000_000m, TotalLiabilities = null });

        var result = Assess(facts).Criterion("HighTech.Score.NetAssetGrowth");

        Assert.Equal(["years[2025].netAssets"], result.MissingFacts);
        AssertPoints(0, 10, result.Points);
    }

    [Fact]
    public void Should_fail_the_score_when_even_the_best_case_reaches_only_70()
    {
        // No IP: items 3, 4 = 0; items 1, 2 up to 16, bonus up to 2 → IP ≤ 18. Conversions 2 a year → D ≤ 12.
        // Management ≤ 20. Growth 35 % both → A ≤ 10 + 10. Best case 18 + 12 + 20 + 20 = 70: not "above 70".
        var facts = SampleFirm.Facts with
        {
            IpClass1Count = 0,
            IpClass1SelfDevelopedCount = 0,
            IpClass2Count = 0,
            Years =
            [
                SampleFirm.Year2023 with { Conversions = 2, SalesRevenue = 10_000_000m, NetAssets = 10_000_000m },
                SampleFirm.Year2024 with { Conversions = 2, SalesRevenue = 13_500_000m, NetAssets = 13_500_000m },
                SampleFirm.Year2025 with { Conversions = 2, SalesRevenue = 18_225_000m, NetAssets = 18_225_000m },
            ],
        };

        var assessment = Assess(facts);
        var score = assessment.Criterion("HighTech.InnovationScore");

        AssertScore(25, 70, assessment); // least: conversions 7 + growth 9 + 9; the judged items 0
        Assert.False(score.Passed);
        Assert.Equal(new Measure(1, MeasureUnit.Points), score.Gap);
    }
}
