using static Incubation.Certification.Eligibility.Science.ScienceTestKit;

namespace Incubation.Certification.Eligibility.Science;

/// <summary>The eight conditions of HTE-2016 第十一条, one at a time, around their boundaries.</summary>
public class HighTechConditionTests
{
    [Theory]
    [InlineData("2025-06-30", 365, true)] // 2025-06-30 → 2026-06-30: 365 days
    [InlineData("2025-07-01", 364, false)]
    [InlineData("2024-06-30", 730, true)]
    public void Should_count_registration_in_calendar_days_and_pass_from_365(string established, int days, bool passed)
    {
        var result = HighTech(SampleFirm.Facts with { EstablishedOn = D(established) }, SampleFirm.AsOf).Criterion("HighTech.Registration");

        Assert.Equal(passed, result.Passed);
        Assert.Equal(new Measure(days, MeasureUnit.Days), result.Actual);
        Assert.Equal(passed ? null : new Measure(365 - days, MeasureUnit.Days), result.Gap);
    }

    [Fact]
    public void Should_ask_for_the_date_of_establishment()
    {
        var result = HighTech(SampleFirm.Facts with { EstablishedOn = null }, SampleFirm.AsOf).Criterion("HighTech.Registration");

        Assert.Null(result.Passed);
        Assert.Equal(["establishedOn"], result.MissingFacts);
    }

    [Theory]
    [InlineData(0, 1, true)]
    [InlineData(1, 0, true)]
    [InlineData(0, 0, false)]
    public void Should_require_one_owned_ip_item_of_either_class(int class1, int class2, bool passed)
    {
        var facts = SampleFirm.Facts with { IpClass1Count = class1, IpClass1SelfDevelopedCount = class1, IpClass2Count = class2 };

        var assessment = HighTech(facts, SampleFirm.AsOf);

        Assert.Equal(passed, assessment.Criterion("HighTech.OwnedIp").Passed);
        if (!passed)
        {
            Assert.Equal(EligibilityVerdict.NotEligible, assessment.Verdict);
        }
    }

    [Fact]
    public void Should_ask_for_both_ip_counts_before_saying_there_is_none()
    {
        var result = HighTech(SampleFirm.Facts with { IpClass1Count = 0, IpClass2Count = null }, SampleFirm.AsOf).Criterion("HighTech.OwnedIp");

        Assert.Null(result.Passed);
        Assert.Equal(["ipClass2Count"], result.MissingFacts);
    }

    [Theory]
    [InlineData("10105", "Eligibility:ExpertJudgement")] // a third-level item
    [InlineData("504", "Eligibility:ExpertJudgement")] // 高技术专业化服务: second level without third-level items
    [InlineData("101", "Eligibility:HighTech.IndustryField")] // 软件 has third-level items: too coarse
    [InlineData("99999", "Eligibility:HighTech.IndustryField")]
    public void Should_leave_the_field_to_the_experts_once_a_lowest_level_code_is_given(string code, string messageKey)
    {
        var result = HighTech(SampleFirm.Facts with { IndustryFieldCode = code }, SampleFirm.AsOf).Criterion("HighTech.IndustryField");

        Assert.Null(result.Passed);
        Assert.Equal(messageKey, result.MessageKey);
    }

    [Fact]
    public void Should_ask_for_the_field_code()
    {
        var result = HighTech(SampleFirm.Facts with { IndustryFieldCode = " " }, SampleFirm.AsOf).Criterion("HighTech.IndustryField");

        Assert.Equal(["industryFieldCode"], result.MissingFacts);
    }

    [Theory]
    [InlineData(100, 10, true, null)] // exactly 10 %
    [InlineData(100, 9, false, 2)] // (9 + 1) / 101 = 9.9 %; (9 + 2) / 102 = 10.8 %
    [InlineData(100, 0, false, 12)] // 11 / 111 = 9.9 %; 12 / 112 = 10.7 %
    [InlineData(0, 0, false, 1)] // nobody employed: one tech hire
    public void Should_require_ten_percent_tech_staff_and_count_the_gap_in_new_hires(int employees, int techStaff, bool passed, int? gap)
    {
        var result = HighTech(SampleFirm.WithLastYear(y => y with { Employees = employees, TechStaff = techStaff }), SampleFirm.AsOf)
            .Criterion("HighTech.TechStaffRatio");

        Assert.Equal(passed, result.Passed);
        Assert.Equal(gap is null ? null : new Measure(gap.Value, MeasureUnit.Count), result.Gap);
    }

    [Fact]
    public void Should_use_the_staff_of_the_year_before_the_application_year()
    {
        // 2026 figures (the application year) must not count: 2025 has 15 of 60.
        var facts = SampleFirm.Facts with
        {
            Years = [.. SampleFirm.Facts.Years, new FiscalYearFacts { FiscalYear = 2026, Employees = 100, TechStaff = 1 }],
        };

        var result = HighTech(facts, SampleFirm.AsOf).Criterion("HighTech.TechStaffRatio");

        Assert.Equal(new Measure(0.25m, MeasureUnit.Ratio), result.Actual);
    }

    [Theory]
    [InlineData(50_000_000, 0.05)] // "5,000万元以下(含)"
    [InlineData(50_000_001, 0.04)]
    [InlineData(200_000_000, 0.04)] // "5,000万元至2亿元(含)"
    [InlineData(200_000_001, 0.03)]
    public void Should_choose_the_rd_tier_by_last_year_sales(decimal lastYearSales, decimal tier)
    {
        var result = HighTech(SampleFirm.WithLastYear(y => y with { SalesRevenue = lastYearSales }), SampleFirm.AsOf)
            .Criterion("HighTech.RdRatio");

        Assert.Equal(new Measure(tier, MeasureUnit.Ratio), result.Required);
        Assert.Equal(new Measure(lastYearSales, MeasureUnit.Yuan), result.Details["lastYearSales"]);
    }

    [Theory]
    [InlineData(1_350_000, true, null)] // 1.2M + 1.5M + 1.35M = 4.05M; sales 20M + 25M + 30M = 75M → 5.4 %
    [InlineData(1_050_000, true, null)] // Σ 3.75M = 5.00 % exactly
    [InlineData(1_049_999, false, 1)] // one yuan short over the window
    [InlineData(300_000, false, 750_000)] // Σ 3.0M = 4 %: 3.75M − 3.0M
    public void Should_compare_rd_over_the_window_and_state_the_gap_in_yuan(decimal lastYearRd, bool passed, int? gap)
    {
        var result = HighTech(SampleFirm.WithLastYear(y => y with { RdExpense = lastYearRd, DomesticRdExpense = lastYearRd }), SampleFirm.AsOf)
            .Criterion("HighTech.RdRatio");

        Assert.Equal(passed, result.Passed);
        Assert.Equal(gap is null ? null : new Measure(gap.Value, MeasureUnit.Yuan), result.Gap);
        Assert.Equal(new Measure(75_000_000m, MeasureUnit.Yuan), result.Details["salesTotal"]);
    }

    [Fact]
    public void Should_name_each_missing_yearly_figure()
    {
        var facts = SampleFirm.Facts with
        {
            Years = [SampleFirm.Year2023, SampleFirm.Year2024 with { RdExpense = null }, SampleFirm.Year2025 with { SalesRevenue = null }],
        };

        var result = HighTech(facts, SampleFirm.AsOf).Criterion("HighTech.RdRatio");

        Assert.Null(result.Passed);
        Assert.Equal(["years[2024].rdExpense", "years[2025].salesRevenue"], result.MissingFacts);
    }

    [Theory]
    [InlineData(2_700_000, true, null)] // 2.7M / 4.5M = 60 % exactly
    [InlineData(2_699_999, false, 3)] // x ≥ (0.6 × 4.5M − 2,699,999) / 0.4 = 2.5 → 3 yuan of extra domestic R&D
    public void Should_require_sixty_percent_of_rd_in_china(decimal domesticTotal, bool passed, int? gap)
    {
        // 2023 and 2024 domestic R&D: 1.2M + 1.4M = 2.6M; 2025 makes up the rest.
        var facts = SampleFirm.WithLastYear(y => y with { DomesticRdExpense = domesticTotal - 2_600_000m });

        var result = HighTech(facts, SampleFirm.AsOf).Criterion("HighTech.DomesticRdShare");

        Assert.Equal(passed, result.Passed);
        Assert.Equal(gap is null ? null : new Measure(gap.Value, MeasureUnit.Yuan), result.Gap);
    }

    [Theory]
    [InlineData(18_600_000, true, null)] // 18.6M / 31M = 60 % exactly
    [InlineData(15_500_000, false, 7_750_000)] // 50 %: (0.6 × 31M − 15.5M) / 0.4 = 7.75M; 23.25 / 38.75 = 60 %
    public void Should_require_sixty_percent_high_tech_income_in_the_last_year(decimal highTechIncome, bool passed, int? gap)
    {
        var result = HighTech(SampleFirm.WithLastYear(y => y with { HighTechIncome = highTechIncome }), SampleFirm.AsOf)
            .Criterion("HighTech.HighTechIncomeShare");

        Assert.Equal(passed, result.Passed);
        Assert.Equal(gap is null ? null : new Measure(gap.Value, MeasureUnit.Yuan), result.Gap);
    }

    [Fact]
    public void Should_fail_the_income_share_of_an_enterprise_without_income()
    {
        var result = HighTech(SampleFirm.WithLastYear(y => y with { HighTechIncome = 0, TotalIncome = 0 }), SampleFirm.AsOf)
            .Criterion("HighTech.HighTechIncomeShare");

        Assert.False(result.Passed);
    }

    [Theory]
    [InlineData(true, true)]
    [InlineData(false, false)]
    [InlineData(null, null)]
    public void Should_take_the_incident_declaration_as_it_is(bool? noIncident, bool? passed)
    {
        var result = HighTech(SampleFirm.Facts with { NoMajorIncidentLastYear = noIncident }, SampleFirm.AsOf)
            .Criterion("HighTech.NoMajorIncident");

        Assert.Equal(passed, result.Passed);
    }

    [Fact]
    public void Should_pass_the_score_only_above_70()
    {
        var score = HighTech(SampleFirm.Facts, SampleFirm.AsOf).Score!;

        // "70分以上(不含70分)" with whole points.
        Assert.Equal(71, score.PassMark);
    }

    [Fact]
    public void Should_fail_when_one_condition_fails_though_others_are_unknown()
    {
        var facts = SampleFirm.Facts with
        {
            EstablishedOn = new DateOnly(2025, 7, 1), // 364 days
            NoMajorIncidentLastYear = null,
            IndustryFieldCode = null,
        };

        Assert.Equal(EligibilityVerdict.NotEligible, HighTech(facts, SampleFirm.AsOf).Verdict);
    }
}
