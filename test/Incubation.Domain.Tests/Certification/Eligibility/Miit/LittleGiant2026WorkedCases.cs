using static Incubation.Certification.Eligibility.Miit.MiitTestData;

namespace Incubation.Certification.Eligibility.Miit;

/// <summary>Worked cases for 专精特新"小巨人" under the 2026 measures, assessed 2026-05-15 (Y-1 = 2025, Y-3 = 2023).</summary>
public class LittleGiant2026WorkedCases
{
    private const string AsOf = "2026-05-15";
    private const QualificationKind Kind = QualificationKind.LittleGiant;

    /// <summary>
    /// Case 18 — 水东路 Optics: 专精特新 2025-03-01 … 2028-02-28; segment 5; Ⅰ类 IP 4. 2025: operating
    /// <paramref name="operating2025"/> (55,125,000), main 50,000,000, R&amp;D 6,000,000, assets 80,000,000, liabilities
    /// 60,000,000. 2024: operating 52,000,000, R&amp;D 6,000,000. 2023: operating 50,000,000.
    /// </summary>
    private static EnterpriseFacts Optics(decimal operating2025 = 55_125_000m, int ipClass1 = 4) => new()
    {
        SegmentMarketYears = 5,
        IpClass1Count = ipClass1,
        Qualifications = [Title(QualificationKind.SrdiSme, "2025-03-01", "2028-02-28")],
        Years =
        [
            Year(2025, operating: operating2025, main: 50_000_000m, rd: 6_000_000m, assets: 80_000_000m, liabilities: 60_000_000m),
            Year(2024, operating: 52_000_000m, rd: 6_000_000m),
            Year(2023, operating: 50_000_000m),
        ],
    };

    [Fact]
    public void Case18_Should_meet_every_threshold_on_its_edge_and_need_review_for_the_expert_items()
    {
        // Revenue 55.125M ≥ 50M. Main 50/55.125 = 90.7 % ≥ 90 %. Compound growth √(55.125/50) − 1 = √1.1025 − 1
        // = 1.05 − 1 = 5 % exactly ≥ 5 %. Debt 60/80 = 75 % exactly ≤ 75 %. R&D 6M + 6M = 12M exactly ≥ 12M;
        // each year 6/52 = 11.5 %, 6/55.125 = 10.9 % ≥ 3 %. Ⅰ类 IP 4 exactly ≥ 4.
        // Market share, field and platform score → experts → NeedsReview.
        var result = Assess(Kind, Optics(), AsOf);

        Assert.Equal(0.05m, result.C("LittleGiant.CompoundGrowth").Actual!.Value);
        Assert.True(result.C("LittleGiant.CompoundGrowth").Passed);
        Assert.True(result.C("LittleGiant.DebtRatio").Passed);
        Assert.True(result.C("LittleGiant.RdTotal").Passed);
        Assert.True(result.C("LittleGiant.Class1Ip").Passed);
        Assert.DoesNotContain(result.Criteria, c => c.Passed == false);
        Assert.Equal(EligibilityVerdict.NeedsReview, result.Verdict);
    }

    [Fact]
    public void Case18b_Should_fail_one_yuan_short_of_5_percent_compound_growth()
    {
        // What if 2025 revenue were 55,124,999: 55,124,999 < 50M × 1.05² = 55,125,000 → growth just under 5 %,
        // the only failure (main 50/55.124999 is still ≥ 90 %) → NotEligible, 1 yuan of revenue short.
        var result = Assess(Kind, Optics(operating2025: 55_124_999m), AsOf);

        var growth = result.C("LittleGiant.CompoundGrowth");
        Assert.False(growth.Passed);
        Assert.Equal(new Measure(1m, MeasureUnit.Yuan), growth.Gap);
        Assert.Equal(["LittleGiant.CompoundGrowth"], result.Criteria.Where(c => c.Passed == false).Select(c => c.Code));
        Assert.Equal(EligibilityVerdict.NotEligible, result.Verdict);
    }

    [Fact]
    public void Case19_Should_fail_on_revenue_and_show_the_award_exemption_for_too_few_ip()
    {
        // 2025 revenue 45,000,000 < 50,000,000 (gap 5M); main set to 40,500,000 = 90 % (met).
        // Compound √(45/50) − 1 = −5.1 % < 5 % (fails too). → NotEligible.
        // Ⅰ类 IP 3 < 4 (gap 1): a national award could waive it; not recorded → the exemption shows, open.
        var facts = Optics(operating2025: 45_000_000m, ipClass1: 3)
            .WithYear(2025, y => y with { MainBusinessRevenue = 40_500_000m });
        var result = Assess(Kind, facts, AsOf);

        Assert.Equal(5_000_000m, result.C("LittleGiant.Revenue").GapValue());
        Assert.False(result.C("LittleGiant.CompoundGrowth").Passed);
        Assert.Equal(new Measure(1, MeasureUnit.Count), result.C("LittleGiant.Class1Ip").Gap);
        Assert.Null(result.C("LittleGiant.Class1IpAwardExemption").Passed);
        Assert.Equal(EligibilityVerdict.NotEligible, result.Verdict);
    }

    [Fact]
    public void Case19b_Should_read_the_compound_growth_over_two_steps_from_y_minus_3()
    {
        // 2023 → 2025 from 50M to 60.5M: √(60.5/50) − 1 = √1.21 − 1 = 10 %, not the 21 % total.
        var growth = Assess(Kind, Optics(operating2025: 60_500_000m), AsOf).C("LittleGiant.CompoundGrowth");

        Assert.Equal(0.1m, growth.Actual!.Value);
        Assert.Equal(MeasureUnit.Ratio, growth.Actual.Unit);
    }
}
