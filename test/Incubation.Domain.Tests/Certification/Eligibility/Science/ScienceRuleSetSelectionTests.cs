using static Incubation.Certification.Eligibility.Science.ScienceTestKit;

namespace Incubation.Certification.Eligibility.Science;

public class ScienceRuleSetSelectionTests
{
    [Theory]
    [InlineData("2017-05-01")]
    [InlineData("2020-02-29")]
    [InlineData("2026-04-01")] // the MIIT 2026 measures change nothing here
    [InlineData("2035-12-31")]
    public void Should_pick_the_science_rule_sets_for_any_date_from_May_2017(string asOf)
    {
        var assessments = EligibilityEngine.Default.Assess(SampleFirm.Facts, D(asOf), [QualificationKind.TechSme, QualificationKind.HighTech]);

        Assert.Equal(["TSME-2017", "HTE-2016"], assessments.Select(a => a.RuleSet.Id));
        Assert.Equal([QualificationKind.TechSme, QualificationKind.HighTech], assessments.Select(a => a.Kind));
    }

    [Fact]
    public void Should_know_no_tech_sme_rules_before_May_2017_but_high_tech_rules_from_2016()
    {
        Assert.Throws<InvalidOperationException>(() => EligibilityEngine.Default.RuleSetFor(QualificationKind.TechSme, D("2017-04-30")));
        Assert.Equal("HTE-2016", EligibilityEngine.Default.RuleSetFor(QualificationKind.HighTech, D("2016-01-01")).Info.Id);
        Assert.Throws<InvalidOperationException>(() => EligibilityEngine.Default.RuleSetFor(QualificationKind.HighTech, D("2015-12-31")));
    }

    [Fact]
    public void Should_register_the_documents_of_each_rule_set()
    {
        var highTech = EligibilityEngine.Default.RuleSetFor(QualificationKind.HighTech, D("2026-01-01")).Info;
        var techSme = EligibilityEngine.Default.RuleSetFor(QualificationKind.TechSme, D("2026-01-01")).Info;

        Assert.Equal("国科发火〔2016〕32号; 国科发火〔2016〕195号", highTech.Documents);
        Assert.Equal("国科发政〔2017〕115号; 国科火字〔2022〕67号", techSme.Documents);
        Assert.Null(highTech.EffectiveTo);
        Assert.Null(techSme.EffectiveTo);
    }

    [Fact]
    public void Should_tag_every_criterion_with_its_source_document()
    {
        var assessments = EligibilityEngine.Default.Assess(SampleFirm.Facts, D(SampleFirm.AsOf), [QualificationKind.TechSme, QualificationKind.HighTech]);

        Assert.All(assessments.Single(a => a.Kind == QualificationKind.HighTech).Criteria, c => Assert.StartsWith("HTE-", c.Source, StringComparison.Ordinal));
        Assert.All(assessments.Single(a => a.Kind == QualificationKind.TechSme).Criteria, c => Assert.StartsWith("TSME-", c.Source, StringComparison.Ordinal));
    }
}
