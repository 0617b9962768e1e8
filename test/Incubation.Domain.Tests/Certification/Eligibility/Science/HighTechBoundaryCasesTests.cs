using static Incubation.Certification.Eligibility.Science.ScienceTestKit;

namespace Incubation.Certification.Eligibility.Science;

/// <summary>
/// Worked 高新技术企业 cases at the boundaries of HTE-2016, computed by hand. Windows: Y = the application year,
/// R&amp;D over Y-3..Y-1 (operating years only), staff and income of Y-1.
/// </summary>
public class HighTechBoundaryCasesTests
{
    /// <summary>
    /// Case H2 — components maker, field 10602, established 2015-09-01, applies 2026-05-20 (3,914 days ≥ 365).
    ///                 2023         2024         2025
    ///   sales   10,000,000   12,000,000   15,000,000   Σ 37,000,000; 2025 ≤ 50M → tier 5 %
    ///   R&amp;D        500,000      600,000      750,000   Σ  1,850,000 = 5.00 % exactly → passes ("以上" is inclusive)
    ///   domestic R&amp;D = all R&amp;D → 100 %. 2025: high-tech income 9,300,000 / total income 15,500,000 = 60 % exactly → passes.
    ///   2025: 8 tech staff / 80 employees = 10 % exactly → passes.
    /// Score: IP 0 Ⅰ类 + 4 Ⅱ类 → item 3 C 3–4; item 4 1–6 (Ⅱ类 origin unknown); items 1, 2 0–8 each;
    ///   bonus room 30 − (8 + 8 + 4 + 6) = 4 → 0–2. Conversions 2 + 3 + 4 = 9, average 3 → C 13–18. Management 0–20.
    ///   Net assets 8M, 8.4M, 8.82M: ½(1.05 + 1.05) − 1 = 5 % exactly → D 3–4.
    ///   Sales: ½(12/10 + 15/12) − 1 = ½(1.2 + 1.25) − 1 = 22.5 % → C 5–6.
    ///   Min 3 + 1 + 13 + 3 + 5 = 25; max 8 + 8 + 4 + 6 + 2 + 18 + 20 + 4 + 6 = 76 → straddles 71 → NeedsReview.
    /// With one yuan less R&amp;D in 2025: Σ 1,849,999 &lt; 1,850,000 → fails with a gap of ¥1 → NotEligible.
    /// </summary>
    private static EnterpriseFacts CaseH2(decimal rd2025 = 750_000m) => new()
    {
        EstablishedOn = new DateOnly(2015, 9, 1),
        IndustryFieldCode = "10602",
        IpClass1Count = 0,
        IpClass1SelfDevelopedCount = 0,
        IpClass2Count = 4,
        NoMajorIncidentLastYear = true,
        Years =
        [
            new() { FiscalYear = 2023, SalesRevenue = 10_000_000m, RdExpense = 500_000m, DomesticRdExpense = 500_000m, NetAssets = 8_000_000m, Conversions = 2 },
            new() { FiscalYear = 2024, SalesRevenue = 12_000_000m, RdExpense = 600_000m, DomesticRdExpense = 600_000m, NetAssets = 8_400_000m, Conversions = 3 },
            new()
            {
                FiscalYear = 2025, SalesRevenue = 15_000_000m, RdExpense = rd2025, DomesticRdExpense = rd2025, NetAssets = 8_820_000m,
                Conversions = 4, TotalIncome = 15_500_000m, HighTechIncome = 9_300_000m, Employees = 80, TechStaff = 8,
            },
        ],
    };

    [Fact]
    public void Case_H2_should_pass_every_condition_met_exactly_and_leave_the_score_to_review()
    {
        var assessment = HighTech(CaseH2(), "2026-05-20");

        Assert.Equal(EligibilityVerdict.NeedsReview, assessment.Verdict);
        Assert.True(assessment.Criterion("HighTech.RdRatio").Passed);
        Assert.Equal(new Measure(0.05m, MeasureUnit.Ratio), assessment.Criterion("HighTech.RdRatio").Actual);
        Assert.True(assessment.Criterion("HighTech.HighTechIncomeShare").Passed);
        Assert.True(assessment.Criterion("HighTech.TechStaffRatio").Passed);
        Assert.Equal(new Measure(0.05m, MeasureUnit.Ratio), assessment.Criterion("HighTech.Score.NetAssetGrowth").Actual);
        AssertPoints(3, 4, assessment.PointsOf("HighTech.Score.NetAssetGrowth"));
        AssertPoints(13, 18, assessment.PointsOf("HighTech.Score.Conversions"));
        AssertScore(25, 76, assessment);
        Assert.Null(assessment.Criterion("HighTech.InnovationScore").Passed);
    }

    [Fact]
    public void Case_H2_should_fail_one_yuan_below_five_percent()
    {
        var rd = HighTech(CaseH2(rd2025: 749_999m), "2026-05-20");

        Assert.Equal(EligibilityVerdict.NotEligible, rd.Verdict);
        Assert.Equal(new Measure(1, MeasureUnit.Yuan), rd.Criterion("HighTech.RdRatio").Gap);
    }

    /// <summary>
    /// Case H3 — robot maker, field 80402, established 2012-04-10, applies 2026-09-01.
    ///                 2023         2024         2025
    ///   sales   40,000,000   45,000,000   50,000,000   Σ 135,000,000; 2025 = 50M exactly → the 5 % tier ("含")
    ///   R&amp;D      1,600,000    1,800,000    2,000,000   Σ   5,400,000 = 4.00 % &lt; 5 % → fails
    ///   needed 5 % × 135M = 6,750,000 → gap ¥1,350,000 (under the 4 % tier 5.4M would just pass).
    ///   2025: high-tech income 40M / 52M = 76.9 %; 30 tech staff / 200 = 15 %; R&amp;D all domestic.
    /// Score: 3 Ⅰ类 (self-developed) → 7–8, 1–6, bonus 0; conversions 6 a year → A 25–30;
    ///   net assets 30M, 33M, 36.3M → 10 % → D 3–4; sales ½(45/40 + 50/45) − 1 = 11.8 % → D 3–4.
    ///   Min 7 + 1 + 25 + 3 + 3 = 39; max 8 + 8 + 8 + 6 + 0 + 30 + 20 + 4 + 4 = 88.
    /// Verdict NotEligible (R&amp;D), whatever the experts score.
    /// </summary>
    [Fact]
    public void Case_H3_should_apply_the_five_percent_tier_to_sales_of_exactly_fifty_million()
    {
        var facts = new EnterpriseFacts
        {
            EstablishedOn = new DateOnly(2012, 4, 10),
            IndustryFieldCode = "80402",
            IpClass1Count = 3,
            IpClass1SelfDevelopedCount = 3,
            IpClass2Count = 10,
            NoMajorIncidentLastYear = true,
            Years =
            [
                new() { FiscalYear = 2023, SalesRevenue = 40_000_000m, RdExpense = 1_600_000m, DomesticRdExpense = 1_600_000m, NetAssets = 30_000_000m, Conversions = 6 },
                new() { FiscalYear = 2024, SalesRevenue = 45_000_000m, RdExpense = 1_800_000m, DomesticRdExpense = 1_800_000m, NetAssets = 33_000_000m, Conversions = 6 },
                new()
                {
                    FiscalYear = 2025, SalesRevenue = 50_000_000m, RdExpense = 2_000_000m, DomesticRdExpense = 2_000_000m, NetAssets = 36_300_000m,
                    Conversions = 6, TotalIncome = 52_000_000m, HighTechIncome = 40_000_000m, Employees = 200, TechStaff = 30,
                },
            ],
        };

        var assessment = HighTech(facts, "2026-09-01");
        var rd = assessment.Criterion("HighTech.RdRatio");

        Assert.Equal(EligibilityVerdict.NotEligible, assessment.Verdict);
        Assert.Equal(new Measure(0.04m, MeasureUnit.Ratio), rd.Actual);
        Assert.Equal(new Measure(0.05m, MeasureUnit.Ratio), rd.Required);
        Assert.Equal(new Measure(1_350_000m, MeasureUnit.Yuan), rd.Gap);
        Assert.Equal(new Measure(5_400_000m, MeasureUnit.Yuan), rd.Details["rdTotal"]);
        AssertScore(39, 88, assessment);
    }

    /// <summary>
    /// Case H4 — equipment group, field 80501, established 2008-01-08, applies 2026-04-15.
    ///                  2023          2024          2025
    ///   sales   150,000,000   180,000,000   200,000,000   Σ 530,000,000; 2025 = 200M exactly → the 4 % tier ("含")
    ///   R&amp;D       5,500,000     6,500,000     7,000,000   Σ  19,000,000 = 3.58 % &lt; 4 % → fails
    ///   needed 4 % × 530M = 21,200,000 → gap ¥2,200,000 (under the 3 % tier it would pass).
    ///   2025: high-tech income 170M / 205M = 82.9 %; 60 tech staff / 450 = 13.3 %; R&amp;D all domestic.
    /// Score: 5 Ⅰ类 → 7–8, 1–6, bonus 0; conversions 5 a year → A 25–30; net assets 100M, 110M, 121M → 10 % → D 3–4;
    ///   sales ½(180/150 + 200/180) − 1 = 15.6 % → C 5–6. Min 7 + 1 + 25 + 3 + 5 = 41; max 30 + 30 + 20 + 4 + 6 = 90.
    /// </summary>
    [Fact]
    public void Case_H4_should_apply_the_four_percent_tier_to_sales_of_exactly_two_hundred_million()
    {
        var facts = new EnterpriseFacts
        {
            EstablishedOn = new DateOnly(2008, 1, 8),
            IndustryFieldCode = "80501",
            IpClass1Count = 5,
            IpClass1SelfDevelopedCount = 5,
            IpClass2Count = 20,
            NoMajorIncidentLastYear = true,
            Years =
            [
                new() { FiscalYear = 2023, SalesRevenue = 150_000_000m, RdExpense = 5_500_000m, DomesticRdExpense = 5_500_000m, NetAssets = 100_000_000m, Conversions = 5 },
                new() { FiscalYear = 2024, SalesRevenue = 180_000_000m, RdExpense = 6_500_000m, DomesticRdExpense = 6_500_000m, NetAssets = 110_000_000m, Conversions = 5 },
                new()
                {
                    FiscalYear = 2025, SalesRevenue = 200_000_000m, RdExpense = 7_000_000m, DomesticRdExpense = 7_000_000m, NetAssets = 121_000_000m,
                    Conversions = 5, TotalIncome = 205_000_000m, HighTechIncome = 170_000_000m, Employees = 450, TechStaff = 60,
                },
            ],
        };

        var assessment = HighTech(facts, "2026-04-15");
        var rd = assessment.Criterion("HighTech.RdRatio");

        Assert.Equal(EligibilityVerdict.NotEligible, assessment.Verdict);
        Assert.Equal(new Measure(0.04m, MeasureUnit.Ratio), rd.Required);
        Assert.Equal(new Measure(19_000_000m / 530_000_000m, MeasureUnit.Ratio), rd.Actual);
        Assert.Equal(new Measure(2_200_000m, MeasureUnit.Yuan), rd.Gap);
        AssertScore(41, 90, assessment);
    }

    /// <summary>
    /// Case H5 — a one-year-old SaaS start-up, field 10111, established 2025-06-30.
    ///   Applying 2026-06-30: 365 days → registration passes; applying 2026-06-29: 364 days → fails (gap 1 day) → NotEligible.
    ///   Only 2025 is an operating year, so the window is 2025 alone: R&amp;D 400,000 / sales 3,000,000 = 13.3 % ≥ 5 %.
    ///   High-tech income 2.4M / 3M = 80 %; 5 tech staff / 12 = 41.7 %; 1 self-developed Ⅰ类.
    /// Score: item 3 7–8, item 4 1–6, bonus 0; conversions 1 in one year → E 1–6; growth has one operating year of
    ///   three → review, 0–10 each. Min 7 + 1 + 1 = 9; max 8 + 8 + 8 + 6 + 6 + 20 + 10 + 10 = 76 → NeedsReview.
    /// </summary>
    [Theory]
    [InlineData("2026-06-30", 365, EligibilityVerdict.NeedsReview)]
    [InlineData("2026-06-29", 364, EligibilityVerdict.NotEligible)]
    public void Case_H5_should_need_365_days_of_registration(string asOf, int days, EligibilityVerdict verdict)
    {
        var facts = new EnterpriseFacts
        {
            EstablishedOn = new DateOnly(2025, 6, 30),
            IndustryFieldCode = "10111",
            IpClass1Count = 1,
            IpClass1SelfDevelopedCount = 1,
            IpClass2Count = 0,
            NoMajorIncidentLastYear = true,
            Years =
            [
                new()
                {
                    FiscalYear = 2025, SalesRevenue = 3_000_000m, RdExpense = 400_000m, DomesticRdExpense = 400_000m, NetAssets = 2_500_000m,
                    Conversions = 1, TotalIncome = 3_000_000m, HighTechIncome = 2_400_000m, Employees = 12, TechStaff = 5,
                },
            ],
        };

        var assessment = HighTech(facts, asOf);

        Assert.Equal(verdict, assessment.Verdict);
        Assert.Equal(new Measure(days, MeasureUnit.Days), assessment.Criterion("HighTech.Registration").Actual);
        Assert.Equal(new Measure(1, MeasureUnit.Years), assessment.Criterion("HighTech.RdRatio").Details["years"]);
        Assert.Equal("Eligibility:HighTech.Score.Growth.ShortHistory", assessment.Criterion("HighTech.Score.SalesGrowth").MessageKey);
        AssertScore(9, 76, assessment);
    }
}
