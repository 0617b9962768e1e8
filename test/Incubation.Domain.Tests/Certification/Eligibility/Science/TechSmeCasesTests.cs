using static Incubation.Certification.Eligibility.Science.ScienceTestKit;

namespace Incubation.Certification.Eligibility.Science;

/// <summary>
/// Worked 科技型中小企业 cases under TSME-2017, evaluated on 2026-07-15: every figure is of 2025 (上一会计年度).
/// Score = tech staff (20) + the declared R&amp;D measure (50) + IP (30); pass ≥ 60 with a non-zero tech-staff score.
/// </summary>
public class TechSmeCasesTests
{
    private const string AsOf = "2026-07-15";

    private static EnterpriseFacts Firm(
        int employees, int techStaff, decimal sales, decimal assets, decimal rd, decimal costs, int class1, int class2,
        TechSmeRdOption? option = TechSmeRdOption.SalesRatio) => new()
    {
        EstablishedOn = new DateOnly(2020, 9, 1),
        IpClass1Count = class1,
        IpClass2Count = class2,
        NoMajorIncidentLastYear = true,
        TechSmeRdOption = option,
        RdInstitutionLevel = RdInstitutionLevel.None,
        Years =
        [
            new()
            {
                FiscalYear = 2025, Employees = employees, TechStaff = techStaff, SalesRevenue = sales, TotalAssets = assets,
                RdExpense = rd, CostAndExpenseTotal = costs,
            },
        ],
    };

    /// <summary>
    /// Case T1 — a software firm: 45 staff, 10 in research → 22.2 % → band [20 %, 25 %) → 12.
    ///   Declared R&amp;D/sales: 420,000 / 6,500,000 = 6.46 % ≥ 6 % → 50. IP: 0 Ⅰ类, 3 Ⅱ类 → 18.
    ///   Size: 45 ≤ 500, 6.5M ≤ 200M, 5M ≤ 200M. Total 12 + 50 + 18 = 80 ≥ 60, tech score ≠ 0 → Eligible.
    /// </summary>
    [Fact]
    public void Case_T1_should_find_a_small_software_firm_eligible_by_score()
    {
        var assessment = TechSme(Firm(45, 10, 6_500_000m, 5_000_000m, 420_000m, 5_800_000m, 0, 3), AsOf);

        Assert.Equal(EligibilityVerdict.Eligible, assessment.Verdict);
        AssertPoints(12, 12, assessment.PointsOf("TechSme.Score.TechStaff"));
        AssertPoints(50, 50, assessment.PointsOf("TechSme.Score.RdInput"));
        AssertPoints(18, 18, assessment.PointsOf("TechSme.Score.Ip"));
        AssertScore(80, 80, assessment);
    }

    /// <summary>
    /// Case T2 — the declared R&amp;D measure decides. 50 staff, 10 in research → 20 % → 12; 2 Ⅱ类 → 12.
    ///   R&amp;D 500,000: over sales 10,000,000 = 5 % → 40; over costs and expenses 9,000,000 = 5.6 % (&lt; 10 %) → 0.
    ///   Declared sales ratio: 12 + 40 + 12 = 64 → Eligible. Declared cost ratio: 12 + 0 + 12 = 24 → NotEligible
    ///   (the better measure is not taken silently). Nothing declared: the item is 0–50 → 24–74 → NeedsReview.
    /// </summary>
    [Theory]
    [InlineData(TechSmeRdOption.SalesRatio, 64, 64, EligibilityVerdict.Eligible)]
    [InlineData(TechSmeRdOption.CostRatio, 24, 24, EligibilityVerdict.NotEligible)]
    [InlineData(null, 24, 74, EligibilityVerdict.NeedsReview)]
    public void Case_T2_should_score_the_declared_rd_measure_only(TechSmeRdOption? option, int min, int max, EligibilityVerdict verdict)
    {
        var assessment = TechSme(Firm(50, 10, 10_000_000m, 8_000_000m, 500_000m, 9_000_000m, 0, 2, option), AsOf);

        AssertScore(min, max, assessment);
        Assert.Equal(verdict, assessment.Verdict);
    }

    /// <summary>
    /// Case T3 — at the size limits: 500 staff, sales ¥200,000,000, assets ¥200,000,000 — all "≤", so all pass.
    ///   101 in research → 20.2 % → 12; R&amp;D 12,000,000 / 200M = 6 % → 50; 3 Ⅰ类 → 30. Total 92 → Eligible.
    ///   With 501 staff (101 / 501 = 20.16 %, still 12): over by 1 → NotEligible whatever the score.
    /// </summary>
    [Theory]
    [InlineData(500, EligibilityVerdict.Eligible, null)]
    [InlineData(501, EligibilityVerdict.NotEligible, 1)]
    public void Case_T3_should_accept_the_size_limits_themselves(int employees, EligibilityVerdict verdict, int? gap)
    {
        var assessment = TechSme(Firm(employees, 101, 200_000_000m, 200_000_000m, 12_000_000m, 180_000_000m, 3, 0), AsOf);

        Assert.Equal(verdict, assessment.Verdict);
        Assert.True(assessment.Criterion("TechSme.SalesRevenue").Passed);
        Assert.True(assessment.Criterion("TechSme.TotalAssets").Passed);
        Assert.Equal(gap is null ? null : new Measure(gap.Value, MeasureUnit.Count), assessment.Criterion("TechSme.Employees").Gap);
        AssertScore(92, 92, assessment);
    }

    /// <summary>
    /// Case T4 — a high score with too few researchers: 9 of 100 = 9 % &lt; 10 % → tech staff 0.
    ///   R&amp;D 1,400,000 / 20,000,000 = 7 % → 50; 2 Ⅰ类 → 30; total 80 ≥ 60, yet the zero tech score fails → NotEligible.
    ///   Gap: x new researchers with (9 + x) / (100 + x) ≥ 10 % → x ≥ 1 / 0.9 = 1.1 → 2 (10 / 101 = 9.9 %; 11 / 102 = 10.8 %).
    /// </summary>
    [Fact]
    public void Case_T4_should_fail_a_zero_tech_staff_score_whatever_the_total()
    {
        var assessment = TechSme(Firm(100, 9, 20_000_000m, 15_000_000m, 1_400_000m, 18_000_000m, 2, 0), AsOf);
        var techStaff = assessment.Criterion("TechSme.Score.TechStaff");

        AssertScore(80, 80, assessment);
        Assert.True(assessment.Criterion("TechSme.TotalScore").Passed);
        Assert.False(techStaff.Passed);
        Assert.Equal(new Measure(2, MeasureUnit.Count), techStaff.Gap);
        Assert.Equal(EligibilityVerdict.NotEligible, assessment.Verdict);
    }

    /// <summary>
    /// Case T5 — direct confirmation by a 高新技术企业 certificate (§2.3(1)). 120 staff, 20 in research → 16.7 % → 8;
    ///   R&amp;D 1,500,000 / 60,000,000 = 2.5 % → 10; 1 Ⅱ类 → 6: score 24 &lt; 60.
    ///   Certificate 2024-11-20 … 2027-11-19, valid on 2026-07-15 → Eligible without the score.
    ///   An expired certificate (2021-10-15 … 2024-10-14) confirms nothing → NotEligible by the score.
    ///   With sales of 250M (&gt; 200M) the basic conditions fail, and the certificate cannot help → NotEligible.
    /// </summary>
    [Theory]
    [InlineData("2024-11-20", "2027-11-19", 60_000_000, EligibilityVerdict.Eligible)]
    [InlineData("2021-10-15", "2024-10-14", 60_000_000, EligibilityVerdict.NotEligible)]
    [InlineData("2024-11-20", "2027-11-19", 250_000_000, EligibilityVerdict.NotEligible)]
    public void Case_T5_should_confirm_a_high_tech_enterprise_directly_if_the_basic_conditions_hold(
        string issued, string expires, decimal sales, EligibilityVerdict verdict)
    {
        var facts = Firm(120, 20, sales, 45_000_000m, 1_500_000m, 55_000_000m, 0, 1) with
        {
            Qualifications = [new HeldQualification(QualificationKind.HighTech, D(issued), D(expires))],
        };

        var assessment = TechSme(facts, AsOf);

        Assert.Equal(verdict, assessment.Verdict);
        Assert.False(assessment.Criterion("TechSme.TotalScore").Passed);
    }

    /// <summary>
    /// Case T6 — missing facts. 30 staff, research staff not reported; no incident declaration.
    ///   R&amp;D 350,000 / 5,000,000 = 7 % → 50; 1 Ⅱ类 → 6; tech staff open 0–20 → total 56–76, straddling 60.
    ///   Nothing fails → NeedsReview, naming years[2025].techStaff and noMajorIncidentLastYear.
    ///   Same file with assets of 210M (&gt; 200M): a definite failure outweighs the unknowns → NotEligible.
    /// </summary>
    [Fact]
    public void Case_T6_should_need_review_for_missing_facts_unless_something_fails()
    {
        var facts = Firm(30, 0, 5_000_000m, 4_000_000m, 350_000m, 4_500_000m, 0, 1) with { NoMajorIncidentLastYear = null };
        facts = facts with { Years = [facts.Years[0] with { TechStaff = null }] };

        var assessment = TechSme(facts, AsOf);
        var tooBig = TechSme(facts with { Years = [facts.Years[0] with { TotalAssets = 210_000_000m }] }, AsOf);

        Assert.Equal(EligibilityVerdict.NeedsReview, assessment.Verdict);
        AssertScore(56, 76, assessment);
        Assert.Equal(["years[2025].techStaff"], assessment.Criterion("TechSme.Score.TechStaff").MissingFacts);
        Assert.Equal(["noMajorIncidentLastYear"], assessment.Criterion("TechSme.NoMajorIncident").MissingFacts);
        Assert.Equal(EligibilityVerdict.NotEligible, tooBig.Verdict);
        Assert.Equal(new Measure(10_000_000m, MeasureUnit.Yuan), tooBig.Criterion("TechSme.TotalAssets").Gap);
    }

    /// <summary>
    /// Case T7 — direct confirmation by an R&amp;D institution (§2.3(3)). 40 staff, 4 in research → 10 % → 4;
    ///   R&amp;D 50,000 / 5,000,000 = 1 % → 0; 1 Ⅱ类 → 6: score 10 → the score route fails.
    ///   Provincial institution → Eligible; city-level → NotEligible; level unknown → NeedsReview (it could be provincial).
    /// </summary>
    [Theory]
    [InlineData(RdInstitutionLevel.National, EligibilityVerdict.Eligible)]
    [InlineData(RdInstitutionLevel.Provincial, EligibilityVerdict.Eligible)]
    [InlineData(RdInstitutionLevel.City, EligibilityVerdict.NotEligible)]
    [InlineData(null, EligibilityVerdict.NeedsReview)]
    public void Case_T7_should_confirm_a_firm_with_a_provincial_rd_institution(RdInstitutionLevel? level, EligibilityVerdict verdict)
    {
        var facts = Firm(40, 4, 5_000_000m, 3_000_000m, 50_000m, 4_800_000m, 0, 1) with { RdInstitutionLevel = level };

        var assessment = TechSme(facts, AsOf);

        AssertScore(10, 10, assessment);
        Assert.Equal(verdict, assessment.Verdict);
    }

    /// <summary>
    /// Case T8 — what-if. 60 staff, 12 in research → 20 % → 12; 2 Ⅱ类 → 12; R&amp;D 450,000 / 10,000,000 = 4.5 % → 30.
    ///   Total 54 &lt; 60 → NotEligible. The next R&amp;D band (5 % → 40) needs 500,000: gap ¥50,000.
    ///   Same facts with R&amp;D 500,000: 12 + 40 + 12 = 64 → Eligible.
    /// </summary>
    [Fact]
    public void Case_T8_should_become_eligible_with_the_rd_stated_for_the_next_band()
    {
        var before = TechSme(Firm(60, 12, 10_000_000m, 7_000_000m, 450_000m, 9_000_000m, 0, 2), AsOf);
        var gap = before.Criterion("TechSme.Score.RdInput").Gap!;
        var after = TechSme(Firm(60, 12, 10_000_000m, 7_000_000m, 450_000m + gap.Value, 9_000_000m, 0, 2), AsOf);

        Assert.Equal(EligibilityVerdict.NotEligible, before.Verdict);
        AssertScore(54, 54, before);
        Assert.Equal(new Measure(50_000m, MeasureUnit.Yuan), gap);
        Assert.Equal(EligibilityVerdict.Eligible, after.Verdict);
        AssertScore(64, 64, after);
    }
}
