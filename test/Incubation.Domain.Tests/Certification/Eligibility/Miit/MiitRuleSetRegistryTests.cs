using static Incubation.Certification.Eligibility.Miit.MiitTestData;

namespace Incubation.Certification.Eligibility.Miit;

public class MiitRuleSetRegistryTests
{
    private static readonly QualificationKind[] MiitKinds =
        [QualificationKind.InnovativeSme, QualificationKind.SrdiSme, QualificationKind.LittleGiant];

    [Fact]
    public void Should_have_a_2022_and_a_2026_rule_set_for_each_miit_kind()
    {
        var infos = MiitRuleSets.All.Select(r => r.Info).ToList();
        Assert.Equal(6, infos.Count);
        foreach (var kind in MiitKinds)
        {
            var ofKind = infos.Where(i => i.Kind == kind).OrderBy(i => i.EffectiveFrom).ToList();
            Assert.Equal(["SME-GRAD-2022", "SME-GRAD-2026"], ofKind.Select(i => i.Id));
            Assert.Equal(["工信部企业〔2022〕63号", "工信部企业〔2026〕2号"], ofKind.Select(i => i.Documents));
        }
    }

    [Fact]
    public void Should_keep_the_periods_of_each_kind_contiguous_from_june_2022_and_open_ended()
    {
        foreach (var kind in MiitKinds)
        {
            var ofKind = MiitRuleSets.All.Select(r => r.Info).Where(i => i.Kind == kind).OrderBy(i => i.EffectiveFrom).ToList();
            Assert.Equal(D("2022-06-01"), ofKind[0].EffectiveFrom);
            Assert.Equal(D("2026-03-31"), ofKind[0].EffectiveTo);
            Assert.Equal(D("2026-04-01"), ofKind[1].EffectiveFrom);
            Assert.Null(ofKind[1].EffectiveTo);
        }
    }

    [Fact]
    public void Should_expose_the_first_day_of_the_2022_measures_as_the_earliest_date() =>
        Assert.Equal(D("2022-06-01"), MiitRuleSets.EarliestDate);

    [Theory]
    [InlineData("2022-06-01", "SME-GRAD-2022")]
    [InlineData("2026-03-31", "SME-GRAD-2022")]
    [InlineData("2026-04-01", "SME-GRAD-2026")]
    [InlineData("2031-01-01", "SME-GRAD-2026")]
    public void Should_pick_the_rule_set_in_force_on_the_date(string asOf, string expectedId)
    {
        foreach (var kind in MiitKinds)
        {
            Assert.Equal(expectedId, Engine.RuleSetFor(kind, D(asOf)).Info.Id);
        }
    }

    [Fact]
    public void Should_refuse_a_date_before_the_2022_measures()
    {
        Assert.Throws<InvalidOperationException>(() => Engine.Assess(new EnterpriseFacts(), D("2022-05-31"), [QualificationKind.SrdiSme]));
        var rules2022 = Engine.RuleSetFor(QualificationKind.SrdiSme, D("2022-06-01"));
        Assert.Throws<ArgumentOutOfRangeException>(() => rules2022.Assess(new EnterpriseFacts(), D("2022-05-31")));
        Assert.Throws<ArgumentOutOfRangeException>(() => rules2022.Assess(new EnterpriseFacts(), D("2026-04-01")));
    }

    [Fact]
    public void Should_version_the_provisional_2026_innovative_standard_apart()
    {
        var provisional = Engine.RuleSetFor(QualificationKind.InnovativeSme, D("2026-04-01")).Info;
        var srdi2026 = Engine.RuleSetFor(QualificationKind.SrdiSme, D("2026-04-01")).Info;
        var innovative2022 = Engine.RuleSetFor(QualificationKind.InnovativeSme, D("2026-03-31")).Info;
        Assert.Contains("provisional", provisional.Version, StringComparison.Ordinal);
        Assert.NotEqual(srdi2026.Version, provisional.Version);
        Assert.NotEqual(innovative2022.Version, provisional.Version);
    }

    [Fact]
    public void Should_be_part_of_the_engine_wide_registry()
    {
        foreach (var ruleSet in MiitRuleSets.All)
        {
            Assert.Contains(ruleSet, EligibilityRuleSets.All);
        }
    }
}
