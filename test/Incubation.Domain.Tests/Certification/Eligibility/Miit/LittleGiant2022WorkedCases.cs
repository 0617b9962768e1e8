using static Incubation.Certification.Eligibility.Miit.MiitTestData;

namespace Incubation.Certification.Eligibility.Miit;

/// <summary>
/// Worked cases for 专精特新"小巨人" under the 2022 measures, assessed 2025-09-01 (Y-1 = 2024). Six items are for
/// experts, so the best verdict is NeedsReview; the R&amp;D tier is set by 2024 operating revenue.
/// </summary>
public class LittleGiant2022WorkedCases
{
    private const string AsOf = "2025-09-01";
    private const QualificationKind Kind = QualificationKind.LittleGiant;
    private static readonly HeldQualification SrdiTitle = Title(QualificationKind.SrdiSme, "2023-07-01", "2026-06-30");

    /// <summary>
    /// Case 14 — 金关 Motor Parts: 专精特新 2023-07-01 … 2026-06-30; segment 8; city-level centre; Ⅰ类 IP 3.
    /// 2024: operating <paramref name="operating2024"/> (100,000,000), main 80,000,000, R&amp;D 3,000,000, assets
    /// 120,000,000, liabilities 60,000,000. 2023: operating 90,000,000, main 72,000,000, R&amp;D 2,790,000. 2022: main 64,000,000.
    /// </summary>
    private static EnterpriseFacts MotorParts(decimal operating2024 = 100_000_000m) => new()
    {
        SegmentMarketYears = 8,
        IpClass1Count = 3,
        RdInstitutionLevel = RdInstitutionLevel.City,
        Qualifications = [SrdiTitle],
        Years =
        [
            Year(2024, operating: operating2024, main: 80_000_000m, rd: 3_000_000m, assets: 120_000_000m, liabilities: 60_000_000m),
            Year(2023, operating: 90_000_000m, main: 72_000_000m, rd: 2_790_000m),
            Year(2022, main: 64_000_000m),
        ],
    };

    [Fact]
    public void Case14_Should_apply_the_3_percent_tier_at_exactly_100_million()
    {
        // Title held; segment 8 ≥ 3; main 80/100 = 80 % ≥ 70 %; growth (80/72 − 1 = 11.1 % + 72/64 − 1 = 12.5 %) / 2
        // = 11.8 % ≥ 5 %; debt 60/120 = 50 % ≤ 70 %. Revenue exactly 1亿 → the "≥1亿" tier: each year ≥ 3 %:
        // 2023 2.79/90 = 3.1 %, 2024 3/100 = 3 % exactly → met. Centre exists; Ⅰ类 IP 3 ≥ 2.
        // Nothing fails; six expert items → NeedsReview, and no direct route is needed.
        var result = Assess(Kind, MotorParts(), AsOf);

        var tier = result.C("LittleGiant.RdRatioTier");
        Assert.Equal((true, 0.03m, 0.03m), (tier.Passed, tier.Actual!.Value, tier.Required!.Value));
        Assert.Equal(100_000_000m, tier.Details["operatingRevenue"].Value);
        Assert.DoesNotContain(result.Criteria, c => c.Passed == false);
        Assert.False(result.Has("LittleGiant.InnovationDirectRoute"));
        Assert.Equal(EligibilityVerdict.NeedsReview, result.Verdict);
    }

    [Fact]
    public void Case14b_Should_apply_the_6_percent_tier_one_yuan_below_100_million()
    {
        // 99,999,999 → the 5000万–1亿 tier: each year ≥ 6 %. 2023: 6 % × 90M − 2.79M = 2,610,000 short;
        // 2024: 6 % × 99,999,999 − 3,000,000 = 2,999,999.94 → 3,000,000 short. Gap 5,610,000.
        // The general innovation conditions fail, but the 创新直通 route (national award, 创客中国 top 50) is not
        // recorded, so the innovation group stays open → NeedsReview, with the direct route shown.
        var result = Assess(Kind, MotorParts(99_999_999m), AsOf);

        var tier = result.C("LittleGiant.RdRatioTier");
        Assert.Equal((false, 0.06m), (tier.Passed, tier.Required!.Value));
        Assert.Equal(new Measure(5_610_000m, MeasureUnit.Yuan), tier.Gap);
        Assert.Null(result.C("LittleGiant.InnovationDirectRoute").Passed);
        Assert.Equal(EligibilityVerdict.NeedsReview, result.Verdict);
    }

    [Fact]
    public void Case15_Should_apply_the_6_percent_tier_at_exactly_50_million()
    {
        // 乌当 Filters: 2024 operating 50,000,000 exactly, main 45,000,000, R&D 3,000,000 (6 % exactly); 2023
        // operating 45,000,000, main 40,000,000, R&D 2,700,000 (6 %); 2022 main 36,000,000.
        // Main 90 % ≥ 70 %; growth (12.5 % + 11.1 %) / 2 = 11.8 %; debt 30/60 = 50 %. Tier 6 %: both years exactly 6 % → met.
        var facts = MotorParts() with
        {
            Years =
            [
                Year(2024, operating: 50_000_000m, main: 45_000_000m, rd: 3_000_000m, assets: 60_000_000m, liabilities: 30_000_000m),
                Year(2023, operating: 45_000_000m, main: 40_000_000m, rd: 2_700_000m),
                Year(2022, main: 36_000_000m),
            ],
        };
        var result = Assess(Kind, facts, AsOf);

        var tier = result.C("LittleGiant.RdRatioTier");
        Assert.Equal((true, 0.06m, 0.06m), (tier.Passed, tier.Actual!.Value, tier.Required!.Value));
        Assert.False(result.Has("LittleGiant.SmallTier.RdTotal"));
        Assert.Equal(EligibilityVerdict.NeedsReview, result.Verdict);
    }

    /// <summary>
    /// Case 16 — 茶园 Biochips, revenue under 5000万: 2024 operating 49,000,000, main 44,100,000, R&amp;D 16,000,000,
    /// 120 employees of whom <paramref name="rdStaff"/> in R&amp;D, equity 50,000,000, assets 100,000,000, liabilities
    /// 40,000,000. 2023: main 40,000,000, R&amp;D 15,000,000, equity 35,000,000. 2022: main 36,000,000.
    /// </summary>
    private static EnterpriseFacts Biochips(int rdStaff) => MotorParts() with
    {
        Years =
        [
            Year(2024, operating: 49_000_000m, main: 44_100_000m, rd: 16_000_000m, assets: 100_000_000m, liabilities: 40_000_000m,
                employees: 120, rdStaff: rdStaff, equity: 50_000_000m),
            Year(2023, main: 40_000_000m, rd: 15_000_000m, equity: 35_000_000m),
            Year(2022, main: 36_000_000m),
        ],
    };

    [Fact]
    public void Case16_Should_apply_the_small_tier_below_50_million()
    {
        // Equity 50M + 35M = 85M ≥ 80M; R&D 16M + 15M = 31M ≥ 30M; R&D staff 60/120 = 50 % exactly ≥ 50 %.
        // Main 44.1/49 = 90 %; growth (10.25 % + 11.1 %) / 2 = 10.7 %; debt 40 % → nothing fails → NeedsReview.
        var result = Assess(Kind, Biochips(rdStaff: 60), AsOf);

        Assert.False(result.Has("LittleGiant.RdRatioTier"));
        Assert.Equal(85_000_000m, result.C("LittleGiant.SmallTier.EquityFinancing").Actual!.Value);
        Assert.Equal(31_000_000m, result.C("LittleGiant.SmallTier.RdTotal").Actual!.Value);
        Assert.True(result.C("LittleGiant.SmallTier.RdStaffRatio").Passed);
        Assert.DoesNotContain(result.Criteria, c => c.Passed == false);
        Assert.Equal(EligibilityVerdict.NeedsReview, result.Verdict);
    }

    [Fact]
    public void Case16b_Should_count_the_rd_staff_to_hire_for_the_small_tier()
    {
        // 59 of 120 = 49.2 % < 50 %. Hiring x R&D staff: (59 + x) / (120 + x) ≥ 0.5 ⇔ x ≥ (60 − 59) / 0.5 = 2.
        var staff = Assess(Kind, Biochips(rdStaff: 59), AsOf).C("LittleGiant.SmallTier.RdStaffRatio");

        Assert.False(staff.Passed);
        Assert.Equal(new Measure(2, MeasureUnit.Count), staff.Gap);
    }

    [Fact]
    public void Case17_Should_fail_outright_without_a_valid_title_and_with_too_much_debt()
    {
        // 专精特新 title expired 2025-06-30 (before 2025-09-01) → not held. Debt 72M / 100M = 72 % > 70 %:
        // clear 72M − 0.7 × 100M = 2M of liabilities. Failed thresholds outside the innovation group → NotEligible.
        var facts = MotorParts() with
        {
            Qualifications = [Title(QualificationKind.SrdiSme, "2022-07-01", "2025-06-30")],
            Years =
            [
                Year(2024, operating: 100_000_000m, main: 80_000_000m, rd: 3_000_000m, assets: 100_000_000m, liabilities: 72_000_000m),
                Year(2023, operating: 90_000_000m, main: 72_000_000m, rd: 2_790_000m),
                Year(2022, main: 64_000_000m),
            ],
        };
        var result = Assess(Kind, facts, AsOf);

        Assert.False(result.C("LittleGiant.HoldsSrdiTitle").Passed);
        var debt = result.C("LittleGiant.DebtRatio");
        Assert.Equal((0.72m, 2_000_000m), (debt.Actual!.Value, debt.GapValue()!.Value));
        Assert.Equal(EligibilityVerdict.NotEligible, result.Verdict);
    }
}
