using static Incubation.Certification.Eligibility.Miit.MiitTestData;

namespace Incubation.Certification.Eligibility.Miit;

/// <summary>Conditions shared by the MIIT rule sets: alternative routes, "each year" windows, partial sums, titles.</summary>
public class MiitConditionTests
{
    private const string AsOf2022 = "2025-06-30"; // 2022 rules, Y-1 = 2024
    private const string AsOf2026 = "2026-06-30"; // 2026 rules, Y-1 = 2025

    private static CriterionResult RevenueOrEquity(params FiscalYearFacts[] years) =>
        Assess(QualificationKind.SrdiSme, new EnterpriseFacts { Years = years }, AsOf2022).C("SrdiSme.RevenueOrEquity");

    [Fact]
    public void Should_meet_revenue_or_equity_on_revenue_without_equity_facts()
    {
        var criterion = RevenueOrEquity(Year(2024, operating: 10_000_000m));
        Assert.True(criterion.Passed); // exactly 1000万: "≥"
        Assert.Empty(criterion.MissingFacts);
    }

    [Fact]
    public void Should_meet_revenue_or_equity_on_one_known_year_of_equity_when_revenue_is_unknown()
    {
        // 2024 equity 25M alone reaches 20M; 2023 is missing but cannot lower a sum of payments.
        var criterion = RevenueOrEquity(Year(2024, equity: 25_000_000m));
        Assert.True(criterion.Passed);
        Assert.Null(criterion.Actual);
    }

    [Fact]
    public void Should_leave_revenue_or_equity_open_when_revenue_fails_and_equity_is_missing()
    {
        var criterion = RevenueOrEquity(Year(2024, operating: 9_000_000m, equity: 5_000_000m));
        Assert.Null(criterion.Passed);
        Assert.Equal(Criteria.MissingFactsKey, criterion.MessageKey);
        Assert.Equal(["years[2023].newEquityFinancing"], criterion.MissingFacts);
    }

    [Fact]
    public void Should_count_years_before_establishment_as_zero_in_sums()
    {
        // Established 2024: the 2023 equity cannot exist, so 2024's 15M is the whole two-year sum → fails.
        var facts = new EnterpriseFacts
        {
            EstablishedOn = D("2024-02-01"),
            Years = [Year(2024, operating: 9_000_000m, equity: 15_000_000m)],
        };
        var criterion = Assess(QualificationKind.SrdiSme, facts, AsOf2022).C("SrdiSme.RevenueOrEquity");
        Assert.False(criterion.Passed);
        Assert.Equal(15_000_000m, criterion.Details["equityFinancing"].Value);
    }

    [Fact]
    public void Should_fail_an_each_year_condition_on_one_failing_year_even_when_the_other_is_missing()
    {
        // 2025 R&D 800k < 1M; 2024 unknown: the condition fails anyway, naming the missing year.
        var facts = new EnterpriseFacts { Years = [Year(2025, operating: 20_000_000m, rd: 800_000m)] };
        var criterion = Assess(QualificationKind.SrdiSme, facts, AsOf2026).C("SrdiSme.RdExpenseEachYear");
        Assert.False(criterion.Passed);
        Assert.Equal(200_000m, criterion.GapValue());
        Assert.Equal(["years[2024].rdExpense"], criterion.MissingFacts);
    }

    [Fact]
    public void Should_leave_an_each_year_condition_open_when_the_known_year_passes_and_the_other_is_missing()
    {
        var facts = new EnterpriseFacts { Years = [Year(2025, operating: 20_000_000m, rd: 1_000_000m)] };
        var criterion = Assess(QualificationKind.SrdiSme, facts, AsOf2026).C("SrdiSme.RdExpenseEachYear");
        Assert.Null(criterion.Passed);
        Assert.Equal(1_000_000m, criterion.Details["rdLastYear"].Value);
    }

    [Fact]
    public void Should_sum_the_rd_each_failing_year_lacks()
    {
        // 3 % of 10M = 300k: 2024 R&D 200k lacks 100k, 2025 R&D 250k lacks 50k → 150k in all; lowest ratio 2 %.
        var facts = new EnterpriseFacts
        {
            Years = [Year(2025, operating: 10_000_000m, rd: 250_000m), Year(2024, operating: 10_000_000m, rd: 200_000m)],
        };
        var criterion = Assess(QualificationKind.SrdiSme, facts, AsOf2026).C("SrdiSme.RdRatioEachYear");
        Assert.Equal((false, 0.02m, 150_000m), (criterion.Passed, criterion.Actual!.Value, criterion.GapValue()!.Value));
        Assert.Equal(0.025m, criterion.Details["ratioLastYear"].Value);
        Assert.Equal(0.02m, criterion.Details["ratioYearBefore"].Value);
    }

    [Theory]
    [InlineData(QualificationKind.InnovativeSme, true)]
    [InlineData(QualificationKind.TechSme, true)]
    [InlineData(QualificationKind.HighTech, false)]
    [InlineData(QualificationKind.SrdiSme, false)]
    public void Should_accept_either_first_tier_title_for_srdi_under_the_2026_rules(QualificationKind held, bool accepted)
    {
        var facts = new EnterpriseFacts { Qualifications = [Title(held, "2026-01-01", "2026-12-31")] };
        Assert.Equal(accepted, Assess(QualificationKind.SrdiSme, facts, AsOf2026).C("SrdiSme.HoldsInnovativeTitle").Passed);
    }

    [Fact]
    public void Should_not_require_the_innovative_title_for_srdi_under_the_2022_rules()
    {
        var result = Assess(QualificationKind.SrdiSme, new EnterpriseFacts(), AsOf2022);
        Assert.False(result.Has("SrdiSme.HoldsInnovativeTitle"));
    }

    [Fact]
    public void Should_read_two_year_average_growth_as_the_mean_of_the_two_yearly_rates()
    {
        // Main 2022 100M → 2023 110M → 2024 132M: (132/110 − 1 = 20 % + 110/100 − 1 = 10 %) / 2 = 15 %
        // (a compound reading would give √1.32 − 1 ≈ 14.9 %).
        var facts = new EnterpriseFacts
        {
            Years = [Year(2024, main: 132_000_000m), Year(2023, main: 110_000_000m), Year(2022, main: 100_000_000m)],
        };
        var growth = Assess(QualificationKind.LittleGiant, facts, AsOf2022).C("LittleGiant.AverageGrowth");
        Assert.Equal(0.15m, growth.Actual!.Value);
        Assert.True(growth.Passed);
    }

    [Fact]
    public void Should_send_growth_to_experts_when_a_base_year_had_no_revenue()
    {
        var facts = new EnterpriseFacts
        {
            Years = [Year(2024, main: 10_000_000m), Year(2023, main: 5_000_000m), Year(2022, main: 0m)],
        };
        var growth = Assess(QualificationKind.LittleGiant, facts, AsOf2022).C("LittleGiant.AverageGrowth");
        Assert.Null(growth.Passed);
        Assert.Equal(Criteria.ExpertJudgementKey, growth.MessageKey);
    }
}
