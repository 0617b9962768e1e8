namespace Incubation.Certification.Eligibility;

public class EligibilityEngineTests
{
    [Fact]
    public void Should_cover_each_kind_without_gaps_or_overlaps_from_its_first_rule_set_on()
    {
        foreach (var kind in EligibilityEngine.AllKinds)
        {
            var periods = EligibilityEngine.Default.RuleSets.Where(r => r.Kind == kind).OrderBy(r => r.EffectiveFrom).ToList();
            Assert.NotEmpty(periods);
            for (var i = 1; i < periods.Count; i++)
            {
                Assert.Equal(periods[i].EffectiveFrom, periods[i - 1].EffectiveTo?.AddDays(1));
            }

            Assert.Null(periods[^1].EffectiveTo);
        }
    }

    [Fact]
    public void Should_keep_rule_set_ids_and_versions_unique_per_kind()
    {
        var keys = EligibilityEngine.Default.RuleSets.Select(r => (r.Kind, r.Id, r.Version)).ToList();
        Assert.Equal(keys.Count, keys.Distinct().Count());
    }

    [Fact]
    public void Should_refuse_a_date_no_rule_set_covers()
    {
        Assert.Throws<InvalidOperationException>(() => EligibilityEngine.Default.RuleSetFor(QualificationKind.TechSme, new DateOnly(2010, 1, 1)));
    }

    [Fact]
    public void Should_assess_only_the_kinds_asked_in_ladder_order()
    {
        var results = EligibilityEngine.Default.Assess(new EnterpriseFacts(), new DateOnly(2026, 6, 30),
            [QualificationKind.LittleGiant, QualificationKind.HighTech, QualificationKind.HighTech]);
        Assert.Equal([QualificationKind.HighTech, QualificationKind.LittleGiant], results.Select(r => r.Kind));
    }

    [Fact]
    public void Should_never_pass_an_enterprise_it_knows_nothing_about()
    {
        var results = EligibilityEngine.Default.Assess(new EnterpriseFacts(), new DateOnly(2026, 6, 30));
        Assert.All(results, r => Assert.NotEqual(EligibilityVerdict.Eligible, r.Verdict));
        Assert.Contains(results, r => r.Criteria.Any(c => c.MissingFacts.Count > 0));
    }
}
