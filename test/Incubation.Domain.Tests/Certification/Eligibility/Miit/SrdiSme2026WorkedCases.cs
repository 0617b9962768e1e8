using static Incubation.Certification.Eligibility.Miit.MiitTestData;

namespace Incubation.Certification.Eligibility.Miit;

/// <summary>专精特新中小企业 across the change of measures, and under the 2026 measures.</summary>
public class SrdiSme2026WorkedCases
{
    private const QualificationKind Kind = QualificationKind.SrdiSme;

    /// <summary>
    /// Case 12 — 市西河 Meters Co. Segment 2.5 years; Ⅰ类 IP 2 self-developed; provincial centre; 创新型中小企业
    /// 2024-07-01 … 2027-06-30. 2025: operating 12,000,000, main 10,200,000, R&amp;D 1,080,000, net profit 1,200,000,
    /// assets 20,000,000, liabilities 9,000,000, 60 employees / 15 R&amp;D, equity 0. 2024: operating 10,000,000,
    /// main 8,500,000, R&amp;D 950,000, equity 0. 2023: main 7,000,000.
    /// </summary>
    private static readonly EnterpriseFacts MetersCo = new()
    {
        SegmentMarketYears = 2.5m,
        IpClass1Count = 2,
        IpClass1SelfDevelopedCount = 2,
        IpClass2Count = 3,
        RdInstitutionLevel = RdInstitutionLevel.Provincial,
        Qualifications = [Title(QualificationKind.InnovativeSme, "2024-07-01", "2027-06-30")],
        Years =
        [
            Year(2025, operating: 12_000_000m, main: 10_200_000m, rd: 1_080_000m, profit: 1_200_000m,
                assets: 20_000_000m, liabilities: 9_000_000m, employees: 60, rdStaff: 15, equity: 0m),
            Year(2024, operating: 10_000_000m, main: 8_500_000m, rd: 950_000m, equity: 0m),
            Year(2023, main: 7_000_000m),
        ],
    };

    [Fact]
    public void Case12_Should_be_eligible_on_2026_03_31_under_the_2022_rules_with_a_score_of_exactly_60()
    {
        // Y-1 = 2025. Conditions: 2.5 ≥ 2 years; R&D 1.08M ≥ 1M; 1.08/12 = 9 % ≥ 3 %; revenue 12M ≥ 10M.
        // Score: (1) 10.2/12 = 85 % → 5; (2) (10.2/8.5 − 1 = 20 % + 8.5/7 − 1 = 21.4 %) / 2 = 20.7 % → 10; (3) 2.5 → 1;
        // (7) 1.2/12 = 10 % exactly → 10 (edge in the higher band); (8) 9/20 = 45 % → 5; (10) 8..10;
        // (11) amount 1.08M → 2, ratio 9 % → 8, better 8; (12) 15/60 = 25 % → 5; (13) provincial → 8; experts 0..30.
        // Min 5+10+1+10+5+8+8+5+8 = 60 = the pass mark (inclusive) → Eligible; max 92.
        var result = Assess(Kind, MetersCo, "2026-03-31");

        Assert.Equal("SME-GRAD-2022", result.RuleSet.Id);
        Assert.Equal(new ScoreSummary(60, 92, 60), result.Score);
        Assert.Equal((10m, 10m), result.PointsOf("SrdiSme.Score.NetProfitMargin"));
        Assert.True(result.C("SrdiSme.Score").Passed);
        Assert.Equal(EligibilityVerdict.Eligible, result.Verdict);
    }

    [Fact]
    public void Case12_Should_not_be_eligible_on_2026_04_01_under_the_2026_rules()
    {
        // Same facts, same Y-1. Title: 创新型 valid → met. Segment 2.5 < 3 (gap 0.5 years).
        // Revenue 12M < 15M and equity 0 + 0 < 20M → failed, gap 3M. Main 85 % ≥ 80 %; debt 45 % ≤ 80 %.
        // R&D each year ≥ 1M: 2024 950k fails (gap 50k). Ratio each year: 9.5 %, 9 % ≥ 3 % → lowest 9 %.
        // Ⅰ类 IP 2 ≥ 1. Market share and platform score: experts. → NotEligible.
        var result = Assess(Kind, MetersCo, "2026-04-01");

        Assert.Equal("SME-GRAD-2026", result.RuleSet.Id);
        Assert.Null(result.Score);
        Assert.Equal(EligibilityVerdict.NotEligible, result.Verdict);
        Assert.True(result.C("SrdiSme.HoldsInnovativeTitle").Passed);
        Assert.Equal(new Measure(0.5m, MeasureUnit.Years), result.C("SrdiSme.SegmentYears").Gap);
        Assert.Equal(3_000_000m, result.C("SrdiSme.RevenueOrEquity").GapValue());
        var rdEachYear = result.C("SrdiSme.RdExpenseEachYear");
        Assert.Equal((950_000m, 50_000m), (rdEachYear.Actual!.Value, rdEachYear.GapValue()!.Value));
        Assert.Equal(0.09m, result.C("SrdiSme.RdRatioEachYear").Actual!.Value);
        Assert.True(result.C("SrdiSme.RdRatioEachYear").Passed);
        Assert.Null(result.C("SrdiSme.PlatformScore").Passed);
    }

    /// <summary>
    /// Case 13 — 大营路 Control Systems, 2026-06-30: 科技型中小企业 registration 2026-05-10 … 2026-12-31; segment 4;
    /// no Ⅰ类 IP but a provincial R&amp;D centre. 2025: operating 20,000,000, main 17,000,000, R&amp;D 1,500,000,
    /// assets 30,000,000, liabilities 15,000,000. 2024: operating 16,000,000, R&amp;D 1,200,000.
    /// </summary>
    private static EnterpriseFacts ControlSystems(RdInstitutionLevel level = RdInstitutionLevel.Provincial) => new()
    {
        SegmentMarketYears = 4,
        IpClass1Count = 0,
        RdInstitutionLevel = level,
        Qualifications = [Title(QualificationKind.TechSme, "2026-05-10", "2026-12-31")],
        Years =
        [
            Year(2025, operating: 20_000_000m, main: 17_000_000m, rd: 1_500_000m, assets: 30_000_000m, liabilities: 15_000_000m),
            Year(2024, operating: 16_000_000m, rd: 1_200_000m),
        ],
    };

    [Fact]
    public void Case13_Should_meet_every_recorded_threshold_and_still_need_review_for_the_platform_score()
    {
        // TechSme counts as 科技和创新型. Segment 4 ≥ 3. Revenue 20M ≥ 15M (equity not recorded, not needed).
        // Main 17/20 = 85 % ≥ 80 %. Debt 15/30 = 50 % ≤ 80 %. R&D 1.2M and 1.5M ≥ 1M; 7.5 % both years ≥ 3 %.
        // Ⅰ类 IP 0 < 1 but the provincial centre exempts it. Market share and platform score → experts → NeedsReview.
        var result = Assess(Kind, ControlSystems(), "2026-06-30");

        Assert.Equal(EligibilityVerdict.NeedsReview, result.Verdict);
        Assert.True(result.C("SrdiSme.HoldsInnovativeTitle").Passed);
        Assert.True(result.C("SrdiSme.RevenueOrEquity").Passed);
        Assert.Equal(0.075m, result.C("SrdiSme.RdRatioEachYear").Actual!.Value);
        Assert.False(result.C("SrdiSme.Class1Ip").Passed);
        Assert.True(result.C("SrdiSme.Class1IpExemption").Passed);
        Assert.Equal(["SrdiSme.Class1Ip"], result.Criteria.Where(c => c.Passed == false).Select(c => c.Code));
    }

    [Fact]
    public void Case13b_Should_keep_the_ip_exemption_open_without_a_provincial_centre()
    {
        // City-level centre only: the exemption could still come from a science award, which is not recorded.
        var result = Assess(Kind, ControlSystems(RdInstitutionLevel.City), "2026-06-30");

        Assert.Null(result.C("SrdiSme.Class1IpExemption").Passed);
        Assert.Equal("Eligibility:SrdiSme.Class1IpExemption", result.C("SrdiSme.Class1IpExemption").MessageKey);
        Assert.Equal(EligibilityVerdict.NeedsReview, result.Verdict);
    }

    [Fact]
    public void Case13c_Should_refuse_without_a_valid_first_tier_title()
    {
        // A 创新型 title that expired on 2026-05-31 and no 科技型 registration: the first-tier title fails → NotEligible.
        var facts = ControlSystems() with { Qualifications = [Title(QualificationKind.InnovativeSme, "2023-06-01", "2026-05-31")] };
        var result = Assess(Kind, facts, "2026-06-30");

        Assert.False(result.C("SrdiSme.HoldsInnovativeTitle").Passed);
        Assert.Equal(EligibilityVerdict.NotEligible, result.Verdict);
    }
}
