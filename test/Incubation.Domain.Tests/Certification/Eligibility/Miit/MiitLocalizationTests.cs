using System.Text.RegularExpressions;
using Incubation.Localization;
using static Incubation.Certification.Eligibility.Miit.MiitTestData;

namespace Incubation.Certification.Eligibility.Miit;

/// <summary>
/// Every criterion the MIIT rule sets emit has a sentence in both cultures, its placeholders are filled by the
/// result, and no sentence is left unused. The catalogue below reaches every code (tiers, routes, exemptions).
/// </summary>
public partial class MiitLocalizationTests
{
    private static readonly JsonLocalizationStore Store = new();
    private static readonly string[] Cultures = ["zh-Hans", "en"];
    private static readonly string[] Prefixes = ["Eligibility:InnovativeSme.", "Eligibility:SrdiSme.", "Eligibility:LittleGiant."];

    private static EnterpriseFacts Company(decimal operating, int ipClass1, RdInstitutionLevel level, decimal rd) => new()
    {
        SegmentMarketYears = 4,
        IpClass1Count = ipClass1,
        IpClass1SelfDevelopedCount = ipClass1,
        IpClass2Count = 2,
        RdInstitutionLevel = level,
        Qualifications = [Title(QualificationKind.InnovativeSme, "2023-01-01"), Title(QualificationKind.SrdiSme, "2023-01-01")],
        Years =
        [
            .. Enumerable.Range(2021, 5).Select(y => Year(y, operating: operating, main: operating * 0.9m, rd: rd, profit: operating / 10,
                assets: operating, liabilities: operating / 2, employees: 100, rdStaff: 30, equity: 1_000_000m)),
        ],
    };

    private static IEnumerable<CriterionResult> Catalogue()
    {
        EnterpriseFacts[] facts =
        [
            new EnterpriseFacts(),
            Company(120_000_000m, 5, RdInstitutionLevel.National, 6_000_000m),
            Company(60_000_000m, 0, RdInstitutionLevel.City, 1_000_000m),
            Company(30_000_000m, 1, RdInstitutionLevel.None, 500_000m),
        ];
        string[] dates = ["2025-06-30", "2026-06-30"];
        return from f in facts
               from date in dates
               from assessment in Engine.Assess(f, D(date), [QualificationKind.InnovativeSme, QualificationKind.SrdiSme, QualificationKind.LittleGiant])
               from criterion in assessment.Criteria
               select criterion;
    }

    [Fact]
    public void Should_have_a_sentence_in_both_cultures_for_every_emitted_code()
    {
        foreach (var culture in Cultures)
        {
            var texts = Store.GetAll(culture);
            var missing = Catalogue().Select(c => Criteria.KeyOf(c.Code)).Distinct().Where(k => !texts.ContainsKey(k)).ToList();
            Assert.Empty(missing);
        }
    }

    [Fact]
    public void Should_fill_every_placeholder_of_a_specific_sentence_from_the_result()
    {
        string[] standard = ["actual", "required", "gap"];
        foreach (var criterion in Catalogue().Where(c => c.MessageKey.StartsWith("Eligibility:", StringComparison.Ordinal)
                                                       && c.MessageKey != Criteria.MissingFactsKey
                                                       && c.MessageKey != Criteria.ExpertJudgementKey))
        {
            foreach (var culture in Cultures)
            {
                var text = Store.GetAll(culture)[criterion.MessageKey];
                var unfilled = Placeholder().Matches(text).Select(m => m.Groups[1].Value)
                    .Where(name => !standard.Contains(name) && !criterion.Details.ContainsKey(name)).ToList();
                Assert.True(unfilled.Count == 0, $"{criterion.MessageKey} ({culture}) lacks {string.Join(", ", unfilled)}");
            }
        }
    }

    [Fact]
    public void Should_leave_no_miit_sentence_unused()
    {
        var emitted = Catalogue().Select(c => Criteria.KeyOf(c.Code)).ToHashSet();
        var unused = Store.GetAll("en").Keys
            .Where(k => Prefixes.Any(p => k.StartsWith(p, StringComparison.Ordinal)) && !emitted.Contains(k)).ToList();
        Assert.Empty(unused);
    }

    [Fact]
    public void Should_tag_every_criterion_with_its_document()
    {
        Assert.All(Catalogue(), c => Assert.Matches("SME-GRAD-20(22|26)|SME-EVAL-2024", c.Source));
    }

    [GeneratedRegex(@"\{(\w+)\}")]
    private static partial Regex Placeholder();
}
