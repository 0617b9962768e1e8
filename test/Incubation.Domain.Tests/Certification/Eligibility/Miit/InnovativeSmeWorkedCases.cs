using static Incubation.Certification.Eligibility.Miit.MiitTestData;

namespace Incubation.Certification.Eligibility.Miit;

/// <summary>Worked enterprise cases for 创新型中小企业 (2022) and 科技和创新型中小企业 (2026, provisional), computed by hand.</summary>
public class InnovativeSmeWorkedCases
{
    /// <summary>
    /// Case 1 — 云岩 Sensor Co., assessed 2025-05-20 (Y-1 = 2024, Y-2 = 2023).
    /// Ⅰ类 IP 2, one self-developed; 2024 operating revenue 20,000,000, main 18,000,000, R&amp;D 1,100,000,
    /// assets 30,000,000, liabilities 12,000,000; 2023 main 15,000,000.
    /// </summary>
    private static readonly EnterpriseFacts SensorCo = new()
    {
        IpClass1Count = 2,
        IpClass1SelfDevelopedCount = 1,
        Years =
        [
            Year(2024, operating: 20_000_000m, main: 18_000_000m, rd: 1_100_000m, assets: 30_000_000m, liabilities: 12_000_000m),
            Year(2023, main: 15_000_000m),
        ],
    };

    [Fact]
    public void Case1_Should_pass_on_the_score_route_with_every_group_minimum()
    {
        // IP: self-developed Ⅰ类 → 15..20.  R&D 1.1M / 20M = 5.5 % ≥ 5 % → 20.       创新能力 35..40 ≥ 20.
        // Growth 18M / 15M − 1 = 20 % ≥ 15 % → 20.  Debt 12M / 30M = 40 % ≤ 55 % → 10.   成长性 30 ≥ 15.
        // Field (experts) 5..10.  Main 18M / 20M = 90 % ≥ 70 % → 20.                    专业化 25..30 ≥ 15.
        // Total 15+20+20+10+5+20 = 90 .. 20+20+20+10+10+20 = 100 ≥ 60 → Eligible without any direct condition.
        var result = Assess(QualificationKind.InnovativeSme, SensorCo, "2025-05-20");

        Assert.Equal(EligibilityVerdict.Eligible, result.Verdict);
        Assert.Equal(new ScoreSummary(90, 100, 60), result.Score);
        Assert.Equal((35m, 40m), (result.C("InnovativeSme.Score.InnovationGroup").Actual!.Value, result.C("InnovativeSme.Score.InnovationGroup").Details["scoreMax"].Value));
        Assert.True(result.C("InnovativeSme.Score.GrowthGroup").Passed);
        Assert.Equal(0.2m, result.C("InnovativeSme.Score.Growth").Actual!.Value);
        Assert.False(result.Has("InnovativeSme.Direct.AwardsOrHonours")); // nothing left to settle
        Assert.Null(result.C("InnovativeSme.Direct.RdInstitution").Passed); // not recorded, and not needed
    }

    [Fact]
    public void Case2_Should_pass_directly_on_a_valid_high_tech_certificate_despite_a_failing_score()
    {
        // 黔灵 Trading Tech, 2025-05-20: HTE certificate 2023-11-20 … 2026-11-19 (valid on the date).
        // No IP → 0. R&D 100k / 20M = 0.5 % → 0. Growth 9M / 10M − 1 = −10 % → 0. Debt 24M / 30M = 80 % → 0.
        // Field 5..10. Main 9M / 20M = 45 % → 0. Total 5..10 < 60: the score fails for sure,
        // but direct condition (二) holds → Eligible.
        var facts = new EnterpriseFacts
        {
            IpClass1Count = 0,
            IpClass2Count = 0,
            Qualifications = [Title(QualificationKind.HighTech, "2023-11-20", "2026-11-19")],
            Years =
            [
                Year(2024, operating: 20_000_000m, main: 9_000_000m, rd: 100_000m, assets: 30_000_000m, liabilities: 24_000_000m),
                Year(2023, main: 10_000_000m),
            ],
        };
        var result = Assess(QualificationKind.InnovativeSme, facts, "2025-05-20");

        Assert.Equal(EligibilityVerdict.Eligible, result.Verdict);
        Assert.Equal(new ScoreSummary(5, 10, 60), result.Score);
        Assert.False(result.C("InnovativeSme.Score").Passed);
        Assert.Equal(50m, result.C("InnovativeSme.Score").GapValue()); // 60 − 10 at best
        Assert.True(result.C("InnovativeSme.Direct.HighTech").Passed);
    }

    [Fact]
    public void Case3_Should_stay_in_review_when_only_an_unrecorded_award_could_qualify_it()
    {
        // Same weak figures as case 2 but no certificate; R&D institution: none; equity 2022..2024 = 2M + 1M + 0 = 3M
        // < 5M (gap 2M). Score 5..10 fails; no recorded direct condition holds; an award or honour might → NeedsReview.
        var facts = new EnterpriseFacts
        {
            IpClass1Count = 0,
            IpClass2Count = 0,
            RdInstitutionLevel = RdInstitutionLevel.None,
            Years =
            [
                Year(2024, operating: 20_000_000m, main: 9_000_000m, rd: 100_000m, assets: 30_000_000m, liabilities: 24_000_000m, equity: 0m),
                Year(2023, main: 10_000_000m, equity: 1_000_000m),
                Year(2022, equity: 2_000_000m),
            ],
        };
        var result = Assess(QualificationKind.InnovativeSme, facts, "2025-05-20");

        Assert.Equal(EligibilityVerdict.NeedsReview, result.Verdict);
        Assert.False(result.C("InnovativeSme.Direct.HighTech").Passed);
        Assert.False(result.C("InnovativeSme.Direct.RdInstitution").Passed);
        var equity = result.C("InnovativeSme.Direct.EquityFinancing");
        Assert.Equal((3_000_000m, 2_000_000m), (equity.Actual!.Value, equity.GapValue()!.Value));
        Assert.Null(result.C("InnovativeSme.Direct.AwardsOrHonours").Passed);
    }

    [Fact]
    public void Case4_Should_not_pass_the_score_route_on_the_total_when_a_group_is_below_its_minimum()
    {
        // 渔安 Software, 2025-05-20. IP self-developed → 15..20. R&D 1.2M / 20M = 6 % → 20.
        // Growth 16M / 20M − 1 = −20 % → 0. Debt 18M / 30M = 60 % → 5. 成长性 = 5 < 15 (gap 10).
        // Field 5..10. Main 16M / 20M = 80 % → 20.
        // Total 15+20+0+5+5+20 = 65 .. 75 ≥ 60, yet the growth group fails; no direct condition is recorded as met
        // (institution none, equity 0) → NeedsReview (an award could still qualify it).
        var facts = new EnterpriseFacts
        {
            IpClass1Count = 1,
            IpClass1SelfDevelopedCount = 1,
            RdInstitutionLevel = RdInstitutionLevel.None,
            Years =
            [
                Year(2024, operating: 20_000_000m, main: 16_000_000m, rd: 1_200_000m, assets: 30_000_000m, liabilities: 18_000_000m, equity: 0m),
                Year(2023, main: 20_000_000m, equity: 0m),
                Year(2022, equity: 0m),
            ],
        };
        var result = Assess(QualificationKind.InnovativeSme, facts, "2025-05-20");

        Assert.Equal(new ScoreSummary(65, 75, 60), result.Score);
        Assert.True(result.C("InnovativeSme.Score").Passed);
        var growth = result.C("InnovativeSme.Score.GrowthGroup");
        Assert.False(growth.Passed);
        Assert.Equal(new Measure(10, MeasureUnit.Points), growth.Gap);
        Assert.Equal(EligibilityVerdict.NeedsReview, result.Verdict);
    }

    [Fact]
    public void Case5_Should_apply_the_same_score_under_the_2026_provisional_standard_with_a_note()
    {
        // The same enterprise on 2026-03-31 and on 2026-04-01 (Y-1 = 2025 both days): the figures of case 1 moved
        // one year on. 2022 rules on the 31st, the 2026 provisional set on the 1st: same score 90..100, Eligible
        // both days; only the rule set and the provisional note differ.
        var facts = SensorCo with
        {
            Years =
            [
                Year(2025, operating: 20_000_000m, main: 18_000_000m, rd: 1_100_000m, assets: 30_000_000m, liabilities: 12_000_000m),
                Year(2024, main: 15_000_000m),
            ],
        };
        var before = Assess(QualificationKind.InnovativeSme, facts, "2026-03-31");
        var after = Assess(QualificationKind.InnovativeSme, facts, "2026-04-01");

        Assert.Equal(("SME-GRAD-2022", "SME-GRAD-2026"), (before.RuleSet.Id, after.RuleSet.Id));
        Assert.Equal(before.Score, after.Score);
        Assert.Equal(EligibilityVerdict.Eligible, after.Verdict);
        Assert.False(before.Has("InnovativeSme.ProvisionalStandard"));
        var note = after.C("InnovativeSme.ProvisionalStandard");
        Assert.False(note.IsCondition);
        Assert.Null(note.Passed);
        Assert.Equal("Eligibility:InnovativeSme.ProvisionalStandard", note.MessageKey);
    }

    [Fact]
    public void Case6_Should_need_review_with_the_widest_range_when_nothing_is_recorded()
    {
        // No facts at all: IP 0..20, R&D 0..20, growth 0..20, debt 0..10, field 5..10, main 0..20 → 5..100.
        // HTE not held (false); institution and equity missing → NeedsReview, never a silent fail.
        var result = Assess(QualificationKind.InnovativeSme, new EnterpriseFacts(), "2025-05-20");

        Assert.Equal(EligibilityVerdict.NeedsReview, result.Verdict);
        Assert.Equal(new ScoreSummary(5, 100, 60), result.Score);
        Assert.Equal(["rdInstitutionLevel"], result.C("InnovativeSme.Direct.RdInstitution").MissingFacts);
        Assert.Equal(["years[2022].newEquityFinancing", "years[2023].newEquityFinancing", "years[2024].newEquityFinancing"],
            result.C("InnovativeSme.Direct.EquityFinancing").MissingFacts);
    }
}
