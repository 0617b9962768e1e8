using static Incubation.Certification.Eligibility.Science.ScienceTestKit;

namespace Incubation.Certification.Eligibility.Science;

/// <summary>The rules of TSME-2017 (domain-rules §2), one at a time, around their boundaries. Y-1 = 2025.</summary>
public class TechSmeRuleTests
{
    private const string AsOf = "2026-07-15";

    /// <summary>A small firm passing every basic condition: 40 staff, 12 in research (30 %), sales 8M, assets 6M.</summary>
    private static readonly FiscalYearFacts LastYear = new()
    {
        FiscalYear = 2025, Employees = 40, TechStaff = 12, SalesRevenue = 8_000_000m, TotalAssets = 6_000_000m,
        RdExpense = 560_000m, CostAndExpenseTotal = 7_000_000m,
    };

    private static readonly EnterpriseFacts Firm = new()
    {
        EstablishedOn = new DateOnly(2021, 4, 1),
        Years = [LastYear],
        IpClass1Count = 0,
        IpClass2Count = 3,
        NoMajorIncidentLastYear = true,
        TechSmeRdOption = TechSmeRdOption.SalesRatio,
        RdInstitutionLevel = RdInstitutionLevel.None,
    };

    private static KindAssessment Assess(EnterpriseFacts facts) => TechSme(facts, AsOf);

    private static EnterpriseFacts WithLastYear(Func<FiscalYearFacts, FiscalYearFacts> change) => Firm with { Years = [change(LastYear)] };

    [Theory]
    [InlineData(500, true)]
    [InlineData(501, false)]
    public void Should_allow_at_most_500_employees(int employees, bool passed)
    {
        var result = Assess(WithLastYear(y => y with { Employees = employees, TechStaff = employees / 3 })).Criterion("TechSme.Employees");

        Assert.Equal(passed, result.Passed);
        Assert.Equal(passed ? null : new Measure(1, MeasureUnit.Count), result.Gap);
    }

    [Theory]
    [InlineData(200_000_000, true)]
    [InlineData(200_000_001, false)]
    public void Should_allow_at_most_200_million_of_sales_and_of_assets(decimal amount, bool passed)
    {
        var assessment = Assess(WithLastYear(y => y with { SalesRevenue = amount, TotalAssets = amount }));

        Assert.Equal(passed, assessment.Criterion("TechSme.SalesRevenue").Passed);
        Assert.Equal(passed, assessment.Criterion("TechSme.TotalAssets").Passed);
    }

    [Theory]
    [InlineData(30, 20)]
    [InlineData(29, 16)]
    [InlineData(25, 16)]
    [InlineData(20, 12)]
    [InlineData(15, 8)]
    [InlineData(10, 4)]
    [InlineData(9, 0)]
    public void Should_score_tech_staff_with_inclusive_lower_bounds(int techStaffOfHundred, int points)
    {
        var result = Assess(WithLastYear(y => y with { Employees = 100, TechStaff = techStaffOfHundred })).Criterion("TechSme.Score.TechStaff");

        AssertPoints(points, points, result.Points);
        Assert.True(result.IsCondition);
        Assert.Equal(points > 0, result.Passed);
    }

    [Theory]
    [InlineData(480_000, 50)] // 6 % of 8M
    [InlineData(400_000, 40)] // 5 %
    [InlineData(320_000, 30)] // 4 %
    [InlineData(240_000, 20)] // 3 %
    [InlineData(160_000, 10)] // 2 %
    [InlineData(159_999, 0)]
    public void Should_score_rd_to_sales_when_declared(decimal rd, int points)
    {
        var result = Assess(WithLastYear(y => y with { RdExpense = rd })).Criterion("TechSme.Score.RdInput");

        AssertPoints(points, points, result.Points);
        Assert.Equal("Eligibility:TechSme.Score.RdInput.SalesRatio", result.MessageKey);
    }

    [Theory]
    [InlineData(2_100_000, 50)] // 30 % of 7M
    [InlineData(1_750_000, 40)] // 25 %
    [InlineData(1_400_000, 30)] // 20 %
    [InlineData(1_050_000, 20)] // 15 %
    [InlineData(700_000, 10)] // 10 %
    [InlineData(699_999, 0)]
    public void Should_score_rd_to_costs_when_declared(decimal rd, int points)
    {
        var facts = WithLastYear(y => y with { RdExpense = rd }) with { TechSmeRdOption = TechSmeRdOption.CostRatio };

        var result = Assess(facts).Criterion("TechSme.Score.RdInput");

        AssertPoints(points, points, result.Points);
        Assert.Equal("Eligibility:TechSme.Score.RdInput.CostRatio", result.MessageKey);
    }

    [Fact]
    public void Should_leave_rd_input_open_without_a_declared_option()
    {
        var result = Assess(Firm with { TechSmeRdOption = null }).Criterion("TechSme.Score.RdInput");

        Assert.Null(result.Passed);
        AssertPoints(0, 50, result.Points);
        Assert.Equal(["techSmeRdOption"], result.MissingFacts);
    }

    [Fact]
    public void Should_state_the_rd_needed_for_the_next_band_in_yuan()
    {
        // 450,000 / 8,000,000 = 5.625 % → 40 points; the next band (6 %) needs 480,000: 30,000 more.
        var result = Assess(WithLastYear(y => y with { RdExpense = 450_000m })).Criterion("TechSme.Score.RdInput");

        AssertPoints(40, 40, result.Points);
        Assert.Equal(new Measure(0.06m, MeasureUnit.Ratio), result.Required);
        Assert.Equal(new Measure(30_000m, MeasureUnit.Yuan), result.Gap);
    }

    [Fact]
    public void Should_state_no_gap_in_the_top_band()
    {
        var result = Assess(Firm).Criterion("TechSme.Score.RdInput"); // 7 %

        Assert.Null(result.Required);
        Assert.Null(result.Gap);
    }

    [Fact]
    public void Should_count_rd_in_the_cost_base_when_stating_the_cost_gap()
    {
        // 600,000 / 7,000,000 = 8.57 % → 0; 10 % needs x with (0.6M + x) / (7M + x) ≥ 0.1: x ≥ 0.1M / 0.9 = 111,111.1 → 111,112.
        var facts = Firm with { TechSmeRdOption = TechSmeRdOption.CostRatio, Years = [LastYear with { RdExpense = 600_000m }] };

        var result = Assess(facts).Criterion("TechSme.Score.RdInput");

        Assert.Equal(new Measure(111_112m, MeasureUnit.Yuan), result.Gap);
        Assert.False(result.Passed);
    }

    [Theory]
    [InlineData(1, 0, 30)]
    [InlineData(0, 4, 24)]
    [InlineData(0, 9, 24)]
    [InlineData(0, 3, 18)]
    [InlineData(0, 2, 12)]
    [InlineData(0, 1, 6)]
    [InlineData(0, 0, 0)]
    public void Should_score_ip(int class1, int class2, int points)
    {
        AssertPoints(points, points, Assess(Firm with { IpClass1Count = class1, IpClass2Count = class2 }).PointsOf("TechSme.Score.Ip"));
    }

    [Fact]
    public void Should_pass_a_score_of_exactly_60()
    {
        // Tech staff 12 / 40 = 30 % → 20; R&D 160,000 / 8M = 2 % → 10; one Ⅰ类 → 30: 20 + 10 + 30 = 60.
        var facts = WithLastYear(y => y with { RdExpense = 160_000m }) with { IpClass1Count = 1 };

        var assessment = Assess(facts);

        AssertScore(60, 60, assessment);
        Assert.True(assessment.Criterion("TechSme.TotalScore").Passed);
        Assert.Equal(EligibilityVerdict.Eligible, assessment.Verdict);
    }

    [Fact]
    public void Should_show_the_declarations_as_reminders_that_do_not_decide()
    {
        var assessment = Assess(Firm);

        Assert.All(
            ["TechSme.ResidentEnterprise", "TechSme.Industry", "TechSme.Direct.Other"],
            code => Assert.Multiple(
                () => Assert.Null(assessment.Criterion(code).Passed),
                () => Assert.False(assessment.Criterion(code).IsCondition)));
        Assert.Equal(EligibilityVerdict.Eligible, assessment.Verdict);
    }
}
