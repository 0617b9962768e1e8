using static Incubation.Certification.Eligibility.Miit.MiitTestData;

namespace Incubation.Certification.Eligibility.Miit;

/// <summary>Worked cases for 专精特新中小企业 under the 2022 measures, assessed 2025-06-30 (Y-1 = 2024, Y-3 = 2022).</summary>
public class SrdiSme2022WorkedCases
{
    private const string AsOf = "2025-06-30";
    private const QualificationKind Kind = QualificationKind.SrdiSme;

    /// <summary>
    /// Case 7 — 贵阳 Precision Bearings. Segment 6 years; Ⅰ类 IP 3 (2 self-developed); provincial R&amp;D centre.
    /// 2024: operating 30,000,000, main 27,000,000, R&amp;D 2,400,000, net profit 3,300,000, assets 40,000,000,
    /// liabilities 16,000,000, 100 employees of whom 25 in R&amp;D. 2023: main 24,000,000, R&amp;D 2,000,000. 2022: main 20,000,000.
    /// </summary>
    private static readonly EnterpriseFacts Bearings = new()
    {
        SegmentMarketYears = 6,
        IpClass1Count = 3,
        IpClass1SelfDevelopedCount = 2,
        RdInstitutionLevel = RdInstitutionLevel.Provincial,
        Years =
        [
            Year(2024, operating: 30_000_000m, main: 27_000_000m, rd: 2_400_000m, profit: 3_300_000m,
                assets: 40_000_000m, liabilities: 16_000_000m, employees: 100, rdStaff: 25),
            Year(2023, main: 24_000_000m, rd: 2_000_000m),
            Year(2022, main: 20_000_000m),
        ],
    };

    [Fact]
    public void Case7_Should_be_eligible_on_revenue_and_a_score_whose_lowest_estimate_reaches_60()
    {
        // Conditions: segment 6 ≥ 2; R&D 2.4M ≥ 1M; 2.4M / 30M = 8 % ≥ 3 %; revenue 30M ≥ 10M.
        // Score: (1) main 27/30 = 90 % → 5; (2) growth (27/24 − 1 = 12.5 % + 24/20 − 1 = 20 %) / 2 = 16.25 % → 10;
        // (3) 6 years → 3; (4)(5)(6) experts 0..5 each; (7) margin 3.3/30 = 11 % → 10; (8) debt 16/40 = 40 % → 5;
        // (9) 特色化 experts 0..15; (10) self-developed Ⅰ类 → 8..10; (11) amount 2.4M → 4, ratio 8 % → 8, better 8;
        // (12) R&D staff 25 % → 5; (13) provincial → 8.
        // Min 5+10+3+10+5+8+8+5+8 = 62 ≥ 60; max 62 + 2 + 30 = 94 → Eligible.
        var result = Assess(Kind, Bearings, AsOf);

        Assert.Equal(EligibilityVerdict.Eligible, result.Verdict);
        Assert.Equal(new ScoreSummary(62, 94, 60), result.Score);
        Assert.Equal(0.1625m, result.C("SrdiSme.Score.Growth").Actual!.Value);
        var rdInput = result.C("SrdiSme.Score.RdInput");
        Assert.Equal((8m, 8m), (rdInput.Points!.Min, rdInput.Points.Max));
        // Next band (10): 5M by amount (2.6M more) or 10 % × 30M = 3M by ratio (600k more): the cheaper is shown.
        Assert.Equal(600_000m, rdInput.GapValue());
        // The direct routes are reported but not needed: average R&D (2.4M + 2M) / 2 = 2.2M < 10M → 15.6M more over two years.
        Assert.Equal(15_600_000m, result.C("SrdiSme.Direct.RdAverage").GapValue());
        Assert.False(result.Has("SrdiSme.Direct.AwardsOrContest"));
    }

    /// <summary>
    /// Case 8 — 花果园 Drone Lab: revenue under 10M, financed instead. Segment 3; Ⅰ类 IP 1 self-developed; city-level centre.
    /// 2024: operating 8,000,000, main 7,600,000, R&amp;D 1,200,000, net loss 400,000, assets 50,000,000, liabilities
    /// 10,000,000, 40 employees / 12 R&amp;D, equity 9,000,000. 2023: main 5,000,000, R&amp;D 800,000, equity 12,000,000.
    /// 2022: main 3,000,000.
    /// </summary>
    private static EnterpriseFacts DroneLab(decimal equity2023 = 12_000_000m) => new()
    {
        SegmentMarketYears = 3,
        IpClass1Count = 1,
        IpClass1SelfDevelopedCount = 1,
        RdInstitutionLevel = RdInstitutionLevel.City,
        Years =
        [
            Year(2024, operating: 8_000_000m, main: 7_600_000m, rd: 1_200_000m, profit: -400_000m,
                assets: 50_000_000m, liabilities: 10_000_000m, employees: 40, rdStaff: 12, equity: 9_000_000m),
            Year(2023, main: 5_000_000m, rd: 800_000m, equity: equity2023),
            Year(2022, main: 3_000_000m),
        ],
    };

    [Fact]
    public void Case8_Should_meet_condition_3_by_equity_and_stay_in_review_on_a_straddling_score()
    {
        // Condition 3: revenue 8M < 10M, but equity 2023 + 2024 = 12M + 9M = 21M ≥ 20M → met.
        // Score: (1) 7.6/8 = 95 % → 5; (2) (7.6/5 − 1 = 52 % + 5/3 − 1 = 66.7 %) / 2 = 59.3 % → 10; (3) 3 years → 1;
        // (7) −0.4/8 = −5 % → 0; (8) 10/50 = 20 % → 5; (10) 8..10; (11) amount 1.2M → 2, ratio 15 % → 10, better 10;
        // (12) 12/40 = 30 % → 5; (13) city → 4; experts 0..30.
        // Min 5+10+1+0+5+8+10+5+4 = 48, max 48 + 2 + 30 = 80: straddles 60.
        // Direct: average R&D (1.2M + 0.8M) / 2 = 1M < 10M; equity 21M < 60M; awards not recorded → NeedsReview.
        var result = Assess(Kind, DroneLab(), AsOf);

        var revenueOrEquity = result.C("SrdiSme.RevenueOrEquity");
        Assert.True(revenueOrEquity.Passed);
        Assert.Equal(8_000_000m, revenueOrEquity.Actual!.Value);
        Assert.Equal(21_000_000m, revenueOrEquity.Details["equityFinancing"].Value);
        Assert.Equal(new ScoreSummary(48, 80, 60), result.Score);
        Assert.Null(result.C("SrdiSme.Score").Passed);
        Assert.Equal(39_000_000m, result.C("SrdiSme.Direct.EquityFinancing").GapValue());
        Assert.Null(result.C("SrdiSme.Direct.AwardsOrContest").Passed);
        Assert.Equal(EligibilityVerdict.NeedsReview, result.Verdict);
    }

    [Fact]
    public void Case8b_Should_fail_condition_3_when_neither_revenue_nor_equity_reaches_its_threshold()
    {
        // Equity 2023 cut to 10M: 10M + 9M = 19M < 20M, and revenue 8M < 10M → NotEligible; gap 2M of revenue.
        var result = Assess(Kind, DroneLab(equity2023: 10_000_000m), AsOf);

        var revenueOrEquity = result.C("SrdiSme.RevenueOrEquity");
        Assert.False(revenueOrEquity.Passed);
        Assert.Equal(new Measure(2_000_000m, MeasureUnit.Yuan), revenueOrEquity.Gap);
        Assert.Equal(19_000_000m, revenueOrEquity.Details["equityFinancing"].Value);
        Assert.Equal(EligibilityVerdict.NotEligible, result.Verdict);
    }

    [Fact]
    public void Case9_Should_fail_outright_on_hard_conditions_whatever_the_unknowns()
    {
        // 三桥 Print Shop: segment 1.5 years (< 2, gap 0.5); 2024 operating 25,000,000, R&D 500,000:
        // 500k < 1M (gap 500k); 500k / 25M = 2 % < 3 % (gap 0.03 × 25M − 500k = 250k). Nothing else recorded.
        var facts = new EnterpriseFacts
        {
            SegmentMarketYears = 1.5m,
            Years = [Year(2024, operating: 25_000_000m, rd: 500_000m)],
        };
        var result = Assess(Kind, facts, AsOf);

        Assert.Equal(EligibilityVerdict.NotEligible, result.Verdict);
        Assert.Equal(new Measure(0.5m, MeasureUnit.Years), result.C("SrdiSme.SegmentYears").Gap);
        Assert.Equal(500_000m, result.C("SrdiSme.RdExpense").GapValue());
        var ratio = result.C("SrdiSme.RdRatio");
        Assert.Equal((0.02m, 250_000m), (ratio.Actual!.Value, ratio.GapValue()!.Value));
        Assert.Equal(MeasureUnit.Yuan, ratio.Gap!.Unit);
    }

    [Fact]
    public void Case10_Should_need_review_when_required_facts_are_missing()
    {
        // Case 7 without the segment years and without 2024 R&D: conditions 1 and 2 cannot be decided
        // (no silent pass or fail); revenue 30M still meets condition 3 → NeedsReview.
        var facts = Bearings.WithYear(2024, y => y with { RdExpense = null }) with { SegmentMarketYears = null };
        var result = Assess(Kind, facts, AsOf);

        Assert.Equal(EligibilityVerdict.NeedsReview, result.Verdict);
        Assert.Equal(["segmentMarketYears"], result.C("SrdiSme.SegmentYears").MissingFacts);
        Assert.Equal(["years[2024].rdExpense"], result.C("SrdiSme.RdExpense").MissingFacts);
        Assert.Equal(Criteria.MissingFactsKey, result.C("SrdiSme.RdRatio").MessageKey);
        Assert.True(result.C("SrdiSme.RevenueOrEquity").Passed);
    }

    /// <summary>
    /// Case 11 — 黔灵 Valve Works, a what-if. Segment 10; Ⅰ类 IP 2 self-developed; provincial centre.
    /// 2024: operating 12,000,000, main 11,000,000, R&amp;D 900,000, net profit 1,500,000, assets 20,000,000,
    /// liabilities 6,000,000, 50 employees / 12 R&amp;D. 2023: main 9,500,000, R&amp;D 800,000. 2022: main 8,000,000.
    /// </summary>
    [Fact]
    public void Case11_Should_turn_eligible_when_the_reported_rd_gap_is_spent()
    {
        var facts = new EnterpriseFacts
        {
            SegmentMarketYears = 10,
            IpClass1Count = 2,
            IpClass1SelfDevelopedCount = 2,
            RdInstitutionLevel = RdInstitutionLevel.Provincial,
            Years =
            [
                Year(2024, operating: 12_000_000m, main: 11_000_000m, rd: 900_000m, profit: 1_500_000m,
                    assets: 20_000_000m, liabilities: 6_000_000m, employees: 50, rdStaff: 12),
                Year(2023, main: 9_500_000m, rd: 800_000m),
                Year(2022, main: 8_000_000m),
            ],
        };

        // As is: R&D 900k < 1M → NotEligible, gap 100k (the ratio 900k / 12M = 7.5 % already passes).
        // Score: (1) 11/12 = 91.7 % → 5; (2) (15.8 % + 18.75 %) / 2 = 17.3 % → 10; (3) 10 years → 5; (7) 12.5 % → 10;
        // (8) 30 % → 5; (10) 8..10; (11) amount < 1M → 0, ratio 7.5 % → 6; (12) 24 % → 5; (13) 8. Min 62, max 94.
        var asIs = Assess(Kind, facts, AsOf);
        Assert.Equal(EligibilityVerdict.NotEligible, asIs.Verdict);
        var gap = asIs.C("SrdiSme.RdExpense").Gap!;
        Assert.Equal(new Measure(100_000m, MeasureUnit.Yuan), gap);
        Assert.Equal(new ScoreSummary(62, 94, 60), asIs.Score);

        // What if it spends the gap: R&D 1,000,000 meets condition 2 exactly; item 11 rises to 8 (8.3 %) → 64..96 → Eligible.
        var whatIf = Assess(Kind, facts.WithYear(2024, y => y with { RdExpense = y.RdExpense + gap.Value }), AsOf);
        Assert.True(whatIf.C("SrdiSme.RdExpense").Passed);
        Assert.Equal(new ScoreSummary(64, 96, 60), whatIf.Score);
        Assert.Equal(EligibilityVerdict.Eligible, whatIf.Verdict);
    }
}
