using static Incubation.Certification.Eligibility.Science.ScienceTestKit;

namespace Incubation.Certification.Eligibility.Science;

/// <summary>Worked 高新技术企业 cases: young firms, zero-value growth, missing facts, a what-if, a weak firm.</summary>
public class HighTechCasesTests
{
    /// <summary>
    /// Case H1 — the sample software firm (figures in <see cref="SampleFirm"/>), applying 2026-06-30.
    ///   Registered 3,029 days. R&amp;D Σ 4.5M / sales Σ 75M = 6 % ≥ 5 % (2025 sales 30M ≤ 50M). Domestic 4.1M / 4.5M = 91.1 %.
    ///   2025 high-tech income 24M / 31M = 77.4 %; tech staff 15 / 60 = 25 %. 2 Ⅰ类 + 6 Ⅱ类.
    /// Score: items 1, 2 0–8 each; item 3 (Ⅰ类) 7–8; item 4 (self-developed) 1–6; bonus: 8 + 8 + 8 + 6 = 30 → 0;
    ///   conversions (5 + 6 + 7) / 3 = 6 → A 25–30; management 0–20;
    ///   net assets ½(12/10 + 15/12) − 1 = 22.5 % → C 5–6; sales ½(25/20 + 30/25) − 1 = 22.5 % → C 5–6.
    ///   Min 7 + 1 + 25 + 5 + 5 = 43; max 30 + 30 + 20 + 6 + 6 = 92 → the experts decide → NeedsReview, nothing failed.
    /// </summary>
    [Fact]
    public void Case_H1_should_pass_every_computable_condition_and_leave_field_and_score_to_the_experts()
    {
        var assessment = HighTech(SampleFirm.Facts, SampleFirm.AsOf);

        Assert.Equal(EligibilityVerdict.NeedsReview, assessment.Verdict);
        Assert.DoesNotContain(assessment.Criteria, c => c.Passed == false && c.IsCondition);
        Assert.Equal(new Measure(3029, MeasureUnit.Days), assessment.Criterion("HighTech.Registration").Actual);
        Assert.Equal(new Measure(0.06m, MeasureUnit.Ratio), assessment.Criterion("HighTech.RdRatio").Actual);
        Assert.Equal(new Measure(0.25m, MeasureUnit.Ratio), assessment.Criterion("HighTech.TechStaffRatio").Actual);
        Assert.Null(assessment.Criterion("HighTech.IndustryField").Passed);
        AssertScore(43, 92, assessment);
    }

    /// <summary>
    /// Case H6 — established 2024-03-01, applies 2026-05-01 (791 days): two operating years, 2024 and 2025.
    ///   A stray 2023 row (the founder's previous business: sales 20M, no R&amp;D) lies before establishment and is ignored;
    ///   counted it would give 1.18M / 36M = 3.3 % and fail.
    ///   R&amp;D 480,000 + 700,000 = 1,180,000 / sales 6M + 10M = 16M → 7.375 % ≥ 5 %. Domestic 100 %.
    ///   2025: high-tech income 8M / 10.2M = 78.4 %; 6 tech staff / 25 = 24 %. 0 Ⅰ类, 5 Ⅱ类.
    /// Score: item 3 B 5–6; item 4 1–6; bonus room 30 − (8 + 8 + 6 + 6) = 2 → 0–2; conversions (2 + 4) / 2 = 3 → C 13–18;
    ///   growth needs three years → review, 0–10 each. Min 5 + 1 + 13 = 19; max 8 + 8 + 6 + 6 + 2 + 18 + 20 + 10 + 10 = 88.
    /// </summary>
    [Fact]
    public void Case_H6_should_use_a_two_year_window_for_a_firm_founded_two_years_ago()
    {
        var facts = new EnterpriseFacts
        {
            EstablishedOn = new DateOnly(2024, 3, 1),
            IndustryFieldCode = "50302",
            IpClass1Count = 0,
            IpClass2Count = 5,
            NoMajorIncidentLastYear = true,
            Years =
            [
                new() { FiscalYear = 2023, SalesRevenue = 20_000_000m, RdExpense = 0m, DomesticRdExpense = 0m, Conversions = 0 },
                new() { FiscalYear = 2024, SalesRevenue = 6_000_000m, RdExpense = 480_000m, DomesticRdExpense = 480_000m, Conversions = 2 },
                new()
                {
                    FiscalYear = 2025, SalesRevenue = 10_000_000m, RdExpense = 700_000m, DomesticRdExpense = 700_000m, Conversions = 4,
                    TotalIncome = 10_200_000m, HighTechIncome = 8_000_000m, Employees = 25, TechStaff = 6,
                },
            ],
        };

        var assessment = HighTech(facts, "2026-05-01");
        var rd = assessment.Criterion("HighTech.RdRatio");

        Assert.Equal(EligibilityVerdict.NeedsReview, assessment.Verdict);
        Assert.Equal(new Measure(0.07375m, MeasureUnit.Ratio), rd.Actual);
        Assert.Equal(new Measure(2, MeasureUnit.Years), rd.Details["years"]);
        Assert.Equal(new Measure(3, MeasureUnit.Count), assessment.Criterion("HighTech.Score.Conversions").Actual);
        Assert.Null(assessment.Criterion("HighTech.Score.NetAssetGrowth").Passed);
        AssertScore(19, 88, assessment);
    }

    /// <summary>
    /// Case H7 — established 2022-08-01, applies 2026-06-30; the zero rules of growth.
    ///   Sales 0 (2023, product in development), 8M, 10M: year 1 = 0 → last two years only: 10/8 − 1 = 25 % → B 7–8.
    ///   Net assets 2M, 0 (losses ate the equity), 3M: year 2 = 0 → 0 points.
    ///   R&amp;D 0.9M + 1.0M + 1.1M = 3.0M / 18M = 16.7 % ≥ 5 %; 2025 high-tech income 7M / 10M = 70 %; 9 / 30 tech staff = 30 %.
    /// Score: 1 Ⅰ类 (self) + 2 Ⅱ类 → item 3 7–8, item 4 1–6, bonus 0; conversions (0 + 1 + 2) / 3 = 1 → E 1–6.
    ///   Min 7 + 1 + 1 + 0 + 7 = 16; max 8 + 8 + 8 + 6 + 6 + 20 + 0 + 8 = 64 &lt; 71 → score fails by 7 points → NotEligible.
    /// </summary>
    [Fact]
    public void Case_H7_should_apply_the_zero_rules_of_growth()
    {
        var facts = new EnterpriseFacts
        {
            EstablishedOn = new DateOnly(2022, 8, 1),
            IndustryFieldCode = "20501",
            IpClass1Count = 1,
            IpClass1SelfDevelopedCount = 1,
            IpClass2Count = 2,
            NoMajorIncidentLastYear = true,
            Years =
            [
                new() { FiscalYear = 2023, SalesRevenue = 0m, RdExpense = 900_000m, DomesticRdExpense = 900_000m, NetAssets = 2_000_000m, Conversions = 0 },
                new() { FiscalYear = 2024, SalesRevenue = 8_000_000m, RdExpense = 1_000_000m, DomesticRdExpense = 1_000_000m, NetAssets = 0m, Conversions = 1 },
                new()
                {
                    FiscalYear = 2025, SalesRevenue = 10_000_000m, RdExpense = 1_100_000m, DomesticRdExpense = 1_100_000m, NetAssets = 3_000_000m,
                    Conversions = 2, TotalIncome = 10_000_000m, HighTechIncome = 7_000_000m, Employees = 30, TechStaff = 9,
                },
            ],
        };

        var assessment = HighTech(facts, "2026-06-30");

        Assert.Equal(new Measure(0.25m, MeasureUnit.Ratio), assessment.Criterion("HighTech.Score.SalesGrowth").Actual);
        AssertPoints(7, 8, assessment.PointsOf("HighTech.Score.SalesGrowth"));
        AssertPoints(0, 0, assessment.PointsOf("HighTech.Score.NetAssetGrowth"));
        AssertScore(16, 64, assessment);
        Assert.Equal(new Measure(7, MeasureUnit.Points), assessment.Criterion("HighTech.InnovationScore").Gap);
        Assert.Equal(EligibilityVerdict.NotEligible, assessment.Verdict);
    }

    /// <summary>
    /// Case H8 — the sample firm with gaps in its file: no 2024 domestic R&amp;D, no 2025 conversions, no field code,
    ///   no incident declaration. Nothing computable fails, so the verdict is NeedsReview and each open criterion names
    ///   what it lacks. Conversions open → 0–30, so the score widens to 43 − 25 = 18 … 92.
    /// </summary>
    [Fact]
    public void Case_H8_should_need_review_and_name_the_missing_facts()
    {
        var facts = SampleFirm.Facts with
        {
            IndustryFieldCode = null,
            NoMajorIncidentLastYear = null,
            Years =
            [
                SampleFirm.Year2023,
                SampleFirm.Year2024 with { DomesticRdExpense = null },
                SampleFirm.Year2025 with { Conversions = null },
            ],
        };

        var assessment = HighTech(facts, SampleFirm.AsOf);

        Assert.Equal(EligibilityVerdict.NeedsReview, assessment.Verdict);
        Assert.Equal(["years[2024].domesticRdExpense"], assessment.Criterion("HighTech.DomesticRdShare").MissingFacts);
        Assert.Equal(["industryFieldCode"], assessment.Criterion("HighTech.IndustryField").MissingFacts);
        Assert.Equal(["noMajorIncidentLastYear"], assessment.Criterion("HighTech.NoMajorIncident").MissingFacts);
        Assert.Equal(["years[2025].conversions"], assessment.Criterion("HighTech.Score.Conversions").MissingFacts);
        AssertScore(18, 92, assessment);
    }

    /// <summary>
    /// Case H9 — what-if. Established 2016-05-05, applies 2026-06-30.
    ///   Sales 10M + 12M + 18M = 40M (2025 ≤ 50M → 5 %); R&amp;D 400,000 + 520,000 + 760,000 = 1,680,000 = 4.2 % → fails.
    ///   Needed 5 % × 40M = 2,000,000 → gap ¥320,000. Same facts with 2025 R&amp;D (all domestic) raised by the gap,
    ///   1,080,000: Σ 2,000,000 = 5 % → passes, and the verdict moves from NotEligible to NeedsReview.
    /// Score (unchanged by R&amp;D): 2 Ⅰ类 (self) + 3 Ⅱ类 → 7–8, 1–6, bonus 0; conversions (3 + 4 + 5) / 3 = 4 → B 19–24;
    ///   net assets 5M, 6M, 7.2M → 20 % → C 5–6; sales ½(1.2 + 1.5) − 1 = 35 % → A 9–10.
    ///   Min 7 + 1 + 19 + 5 + 9 = 41; max 30 + 24 + 20 + 6 + 10 = 90.
    /// </summary>
    [Fact]
    public void Case_H9_should_pass_the_rd_ratio_with_the_stated_gap_added()
    {
        static EnterpriseFacts Facts(decimal rd2025) => new()
        {
            EstablishedOn = new DateOnly(2016, 5, 5),
            IndustryFieldCode = "60301",
            IpClass1Count = 2,
            IpClass1SelfDevelopedCount = 2,
            IpClass2Count = 3,
            NoMajorIncidentLastYear = true,
            Years =
            [
                new() { FiscalYear = 2023, SalesRevenue = 10_000_000m, RdExpense = 400_000m, DomesticRdExpense = 400_000m, NetAssets = 5_000_000m, Conversions = 3 },
                new() { FiscalYear = 2024, SalesRevenue = 12_000_000m, RdExpense = 520_000m, DomesticRdExpense = 520_000m, NetAssets = 6_000_000m, Conversions = 4 },
                new()
                {
                    FiscalYear = 2025, SalesRevenue = 18_000_000m, RdExpense = rd2025, DomesticRdExpense = rd2025, NetAssets = 7_200_000m,
                    Conversions = 5, TotalIncome = 18_500_000m, HighTechIncome = 14_000_000m, Employees = 70, TechStaff = 14,
                },
            ],
        };

        var before = HighTech(Facts(760_000m), "2026-06-30");
        var gap = before.Criterion("HighTech.RdRatio").Gap!;
        var after = HighTech(Facts(760_000m + gap.Value), "2026-06-30");

        Assert.Equal(new Measure(0.042m, MeasureUnit.Ratio), before.Criterion("HighTech.RdRatio").Actual);
        Assert.Equal(new Measure(320_000m, MeasureUnit.Yuan), gap);
        Assert.Equal(EligibilityVerdict.NotEligible, before.Verdict);
        Assert.True(after.Criterion("HighTech.RdRatio").Passed);
        Assert.Equal(EligibilityVerdict.NeedsReview, after.Verdict);
        AssertScore(41, 90, after);
    }

    /// <summary>
    /// Case H10 — a weak trading-and-service firm, established 2019-01-10, applies 2026-06-30.
    ///   No IP (0 + 0) → condition (二) fails. R&amp;D 100,000 × 3 = 300,000 / sales 5M + 5M + 4.5M = 14.5M = 2.07 % → fails.
    ///   Net assets −1M, 0.5M, 0.8M: negative → review, 0–10. Sales ½(5/5 + 4.5/5) − 1 = −5 % → 0.
    /// Score: items 1, 2 0–8 each; items 3, 4 0; bonus room 30 − 16 → 0–2; conversions 0 → 0; management 0–20.
    ///   Max 8 + 8 + 2 + 20 + 10 = 48 &lt; 71 → the score fails by 23 points → NotEligible.
    /// </summary>
    [Fact]
    public void Case_H10_should_fail_a_firm_without_ip_whose_best_score_is_48()
    {
        var facts = new EnterpriseFacts
        {
            EstablishedOn = new DateOnly(2019, 1, 10),
            IndustryFieldCode = "50601",
            IpClass1Count = 0,
            IpClass2Count = 0,
            NoMajorIncidentLastYear = true,
            Years =
            [
                new() { FiscalYear = 2023, SalesRevenue = 5_000_000m, RdExpense = 100_000m, DomesticRdExpense = 100_000m, NetAssets = -1_000_000m, Conversions = 0 },
                new() { FiscalYear = 2024, SalesRevenue = 5_000_000m, RdExpense = 100_000m, DomesticRdExpense = 100_000m, NetAssets = 500_000m, Conversions = 0 },
                new()
                {
                    FiscalYear = 2025, SalesRevenue = 4_500_000m, RdExpense = 100_000m, DomesticRdExpense = 100_000m, NetAssets = 800_000m,
                    Conversions = 0, TotalIncome = 4_600_000m, HighTechIncome = 1_000_000m, Employees = 20, TechStaff = 1,
                },
            ],
        };

        var assessment = HighTech(facts, "2026-06-30");

        Assert.Equal(EligibilityVerdict.NotEligible, assessment.Verdict);
        Assert.False(assessment.Criterion("HighTech.OwnedIp").Passed);
        Assert.False(assessment.Criterion("HighTech.RdRatio").Passed);
        Assert.Equal("Eligibility:HighTech.Score.Growth.Negative", assessment.Criterion("HighTech.Score.NetAssetGrowth").MessageKey);
        AssertPoints(0, 0, assessment.PointsOf("HighTech.Score.SalesGrowth"));
        AssertScore(0, 48, assessment);
        Assert.Equal(new Measure(23, MeasureUnit.Points), assessment.Criterion("HighTech.InnovationScore").Gap);
    }
}
