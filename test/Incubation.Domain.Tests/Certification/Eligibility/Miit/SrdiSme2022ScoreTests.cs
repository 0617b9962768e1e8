using static Incubation.Certification.Eligibility.Miit.MiitTestData;

namespace Incubation.Certification.Eligibility.Miit;

/// <summary>The 13 indicators of 专精特新中小企业 (2022), one by one, on 2025-06-30 (Y-1 = 2024).</summary>
public class SrdiSme2022ScoreTests
{
    private const string AsOf = "2025-06-30";

    private static (decimal Min, decimal Max) Points(EnterpriseFacts facts, string code) =>
        Assess(QualificationKind.SrdiSme, facts, AsOf).PointsOf(code);

    [Theory]
    [InlineData(1.9, 0)]
    [InlineData(2, 1)]
    [InlineData(5.5, 2)]
    [InlineData(9.99, 4)]
    [InlineData(10, 5)]
    [InlineData(25, 5)]
    public void Should_give_one_point_per_two_full_segment_years_up_to_5(double years, int expected) =>
        Assert.Equal((expected, expected), Points(new EnterpriseFacts { SegmentMarketYears = (decimal)years }, "SrdiSme.Score.SegmentYears"));

    [Theory]
    [InlineData(RdInstitutionLevel.National, 10)]
    [InlineData(RdInstitutionLevel.Provincial, 8)]
    [InlineData(RdInstitutionLevel.City, 4)]
    [InlineData(RdInstitutionLevel.BelowCity, 2)]
    [InlineData(RdInstitutionLevel.None, 0)]
    public void Should_score_the_rd_institution_by_level(RdInstitutionLevel level, int expected) =>
        Assert.Equal((expected, expected), Points(new EnterpriseFacts { RdInstitutionLevel = level }, "SrdiSme.Score.RdInstitution"));

    [Fact]
    public void Should_score_the_rd_institution_0_to_10_when_its_level_is_unknown() =>
        Assert.Equal((0m, 10m), Points(new EnterpriseFacts(), "SrdiSme.Score.RdInstitution"));

    [Theory]
    [InlineData(1, 1, 0, 8, 10)]
    [InlineData(1, 0, 0, 6, 10)]
    [InlineData(0, 0, 4, 2, 2)]
    [InlineData(0, 0, 0, 0, 0)]
    public void Should_score_ip_with_ranges_where_high_value_is_judged(int class1, int self, int class2, int min, int max)
    {
        var facts = new EnterpriseFacts { IpClass1Count = class1, IpClass1SelfDevelopedCount = self, IpClass2Count = class2 };
        Assert.Equal((min, max), Points(facts, "SrdiSme.Score.Ip"));
    }

    [Theory]
    [InlineData(5_000_000, 100_000_000, 10)] // amount ≥ 500万 (ratio 5 % would give 4)
    [InlineData(1_000_000, 10_000_000, 10)] // ratio 10 % (amount 100万 would give 2)
    [InlineData(3_500_000, 50_000_000, 6)] // amount 350万 → 6; ratio 7 % → 6
    [InlineData(1_000_000, 40_000_000, 2)] // amount 100万 → 2; ratio 2.5 % → 0
    [InlineData(900_000, 40_000_000, 0)] // both below the lowest band
    public void Should_score_rd_input_on_the_better_of_amount_and_ratio(decimal rd, decimal operating, decimal expected)
    {
        var facts = new EnterpriseFacts { Years = [Year(2024, operating: operating, rd: rd)] };
        Assert.Equal((expected, expected), Points(facts, "SrdiSme.Score.RdInput"));
    }

    [Fact]
    public void Should_keep_the_amount_points_as_a_floor_when_revenue_is_unknown()
    {
        // 400万 → 8 by amount; the ratio might still give 10.
        var facts = new EnterpriseFacts { Years = [Year(2024, rd: 4_000_000m)] };
        var rdInput = Assess(QualificationKind.SrdiSme, facts, AsOf).C("SrdiSme.Score.RdInput");
        Assert.Equal(new PointsRange(8, 10, 10), rdInput.Points);
        Assert.Equal(["years[2024].operatingRevenue"], rdInput.MissingFacts);
    }

    [Theory]
    [InlineData(20, 5)] // 20 % exactly
    [InlineData(19, 3)]
    [InlineData(10, 3)]
    [InlineData(5, 1)]
    [InlineData(4, 0)]
    public void Should_score_the_rd_staff_ratio(int rdStaff, int expected)
    {
        var facts = new EnterpriseFacts { Years = [Year(2024, employees: 100, rdStaff: rdStaff)] };
        Assert.Equal((expected, expected), Points(facts, "SrdiSme.Score.RdStaffRatio"));
    }

    [Theory]
    [InlineData(5_000_000, 5)] // 50 % exactly: "<50%" band
    [InlineData(6_000_000, 3)]
    [InlineData(7_000_000, 1)] // 70 % exactly: "60–70%"
    [InlineData(7_000_001, 0)]
    public void Should_score_the_debt_ratio_with_edges_in_the_band_with_more_points(decimal liabilities, int expected)
    {
        var facts = new EnterpriseFacts { Years = [Year(2024, assets: 10_000_000m, liabilities: liabilities)] };
        Assert.Equal((expected, expected), Points(facts, "SrdiSme.Score.DebtRatio"));
    }

    [Fact]
    public void Should_leave_30_points_to_experts()
    {
        // Items 4, 5, 6 (0..5 each) and 9 特色化 (0..15, 贵州's indicators not found).
        var result = Assess(QualificationKind.SrdiSme, new EnterpriseFacts(), AsOf);
        string[] expertItems = ["SrdiSme.Score.Field", "SrdiSme.Score.Digitalisation", "SrdiSme.Score.QualityManagement", "SrdiSme.Score.LocalFeatures"];
        Assert.Equal(30m, expertItems.Sum(code => result.C(code).Points!.Max - result.C(code).Points!.Min));
        Assert.All(expertItems, code => Assert.Equal(Criteria.ExpertJudgementKey, result.C(code).MessageKey));
        Assert.Equal(13, result.Criteria.Count(c => c.Code.StartsWith("SrdiSme.Score.", StringComparison.Ordinal)));
    }
}
