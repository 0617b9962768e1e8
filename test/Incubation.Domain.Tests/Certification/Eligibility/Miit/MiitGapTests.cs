using static Incubation.Certification.Eligibility.Miit.MiitTestData;

namespace Incubation.Certification.Eligibility.Miit;

/// <summary>
/// The gaps are actionable: adding exactly the reported gap passes, one unit less does not. Assessed on 2025-06-30
/// (2022 rules, Y-1 = 2024) unless stated.
/// </summary>
public class MiitGapTests
{
    private const string AsOf = "2025-06-30";

    private static CriterionResult LittleGiant(string code, params FiscalYearFacts[] years) =>
        Assess(QualificationKind.LittleGiant, new EnterpriseFacts { Years = years }, AsOf).C(code);

    [Fact]
    public void Should_report_the_main_business_revenue_that_lifts_the_share_to_70_percent()
    {
        // Main 60M of 100M, other revenue 40M: m ≥ 0.7 × 40M / 0.3 = 93,333,333.3 → 33,333,334 more.
        var gap = LittleGiant("LittleGiant.MainBusinessShare", Year(2024, operating: 100_000_000m, main: 60_000_000m)).GapValue()!.Value;
        Assert.Equal(33_333_334m, gap);

        Assert.True(LittleGiant("LittleGiant.MainBusinessShare", Year(2024, operating: 100_000_000m + gap, main: 60_000_000m + gap)).Passed);
        Assert.False(LittleGiant("LittleGiant.MainBusinessShare", Year(2024, operating: 99_999_999m + gap, main: 59_999_999m + gap)).Passed);
    }

    [Fact]
    public void Should_report_the_liabilities_to_clear_for_a_70_percent_debt_ratio()
    {
        // 80M of 100M: 80M − 0.7 × 100M = 10M, at unchanged assets.
        var gap = LittleGiant("LittleGiant.DebtRatio", Year(2024, assets: 100_000_000m, liabilities: 80_000_000m)).GapValue()!.Value;
        Assert.Equal(10_000_000m, gap);
        Assert.True(LittleGiant("LittleGiant.DebtRatio", Year(2024, assets: 100_000_000m, liabilities: 80_000_000m - gap)).Passed);
        Assert.False(LittleGiant("LittleGiant.DebtRatio", Year(2024, assets: 100_000_000m, liabilities: 80_000_001m - gap)).Passed);
    }

    [Fact]
    public void Should_report_the_revenue_that_lifts_the_two_year_average_growth_to_5_percent()
    {
        // Flat 100M for three years: average 0 %. Y-1 must reach 100M × (2 × 5 % − 0 % + 1) = 110M → 10M more;
        // check: (110/100 − 1 + 0) / 2 = 5 %.
        FiscalYearFacts[] Flat(decimal main2024) => [Year(2024, main: main2024), Year(2023, main: 100_000_000m), Year(2022, main: 100_000_000m)];
        var gap = LittleGiant("LittleGiant.AverageGrowth", Flat(100_000_000m)).GapValue()!.Value;
        Assert.Equal(10_000_000m, gap);
        Assert.True(LittleGiant("LittleGiant.AverageGrowth", Flat(100_000_000m + gap)).Passed);
        Assert.False(LittleGiant("LittleGiant.AverageGrowth", Flat(99_999_999m + gap)).Passed);
    }

    [Fact]
    public void Should_report_the_rd_that_lifts_the_srdi_ratio_to_3_percent()
    {
        // 2.5 % of 40M = 1M; 3 % needs 1.2M → 200k more.
        var facts = new EnterpriseFacts { Years = [Year(2024, operating: 40_000_000m, rd: 1_000_000m)] };
        var gap = Assess(QualificationKind.SrdiSme, facts, AsOf).C("SrdiSme.RdRatio").GapValue()!.Value;
        Assert.Equal(200_000m, gap);

        var spent = facts.WithYear(2024, y => y with { RdExpense = y.RdExpense + gap });
        Assert.True(Assess(QualificationKind.SrdiSme, spent, AsOf).C("SrdiSme.RdRatio").Passed);
    }

    [Fact]
    public void Should_report_the_equity_the_innovative_direct_route_lacks()
    {
        // 2022..2024 equity 1M + 1M + 1M = 3M < 5M → 2M more; the gap is in yuan.
        var facts = new EnterpriseFacts
        {
            Years = [Year(2024, equity: 1_000_000m), Year(2023, equity: 1_000_000m), Year(2022, equity: 1_000_000m)],
        };
        var equity = Assess(QualificationKind.InnovativeSme, facts, AsOf).C("InnovativeSme.Direct.EquityFinancing");
        Assert.Equal(new Measure(2_000_000m, MeasureUnit.Yuan), equity.Gap);
    }

    [Fact]
    public void Should_state_score_gaps_in_points()
    {
        // Nothing recorded: InnovativeSme score 5..100 straddles 60; in the worst case 55 points are lacking.
        var score = Assess(QualificationKind.InnovativeSme, new EnterpriseFacts(), AsOf).C("InnovativeSme.Score");
        Assert.Null(score.Passed);
        Assert.Equal(new Measure(55, MeasureUnit.Points), score.Gap);
    }
}
