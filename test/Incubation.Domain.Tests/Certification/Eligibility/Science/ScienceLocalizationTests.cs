using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Incubation.Localization;
using static Incubation.Certification.Eligibility.Science.ScienceTestKit;

namespace Incubation.Certification.Eligibility.Science;

/// <summary>Every sentence the science rule sets point at exists in Chinese and English and can be filled in.</summary>
public partial class ScienceLocalizationTests
{
    private static readonly JsonLocalizationStore Store = new();
    private static readonly string[] Cultures = ["zh-Hans", "en"];

    /// <summary>Files that between them reach every message of both rule sets.</summary>
    private static IEnumerable<CriterionResult> AllCriteria()
    {
        EnterpriseFacts[] files =
        [
            SampleFirm.Facts,
            SampleFirm.Facts with { IndustryFieldCode = "101", TechSmeRdOption = TechSmeRdOption.SalesRatio, RdInstitutionLevel = RdInstitutionLevel.City },
            SampleFirm.Facts with { EstablishedOn = new DateOnly(2024, 1, 1), TechSmeRdOption = TechSmeRdOption.CostRatio },
            SampleFirm.WithYears(y => y with { NetAssets = y.FiscalYear == 2023 ? -1 : 1 }),
            SampleFirm.WithYears(y => y with { NetAssets = y.FiscalYear == 2024 ? 0 : 1 }),
            SampleFirm.Facts with { NoMajorIncidentLastYear = null, IpClass2Count = null, Years = [] },
        ];
        return files.SelectMany(f => EligibilityEngine.Default.Assess(f, D(SampleFirm.AsOf), [QualificationKind.HighTech, QualificationKind.TechSme]))
            .SelectMany(a => a.Criteria);
    }

    [Fact]
    public void Should_have_every_message_and_criterion_name_in_both_cultures()
    {
        var keys = AllCriteria()
            .SelectMany(c => new[] { c.MessageKey, "Eligibility:Criterion:" + c.Code })
            .Where(k => k is not Criteria.MissingFactsKey and not Criteria.ExpertJudgementKey)
            .Distinct();

        Assert.All(keys, key => Assert.All(Cultures, culture => Assert.NotNull(Store.Find(key, CultureInfo.GetCultureInfo(culture)))));
    }

    [Fact]
    public void Should_fill_every_placeholder_from_the_criterion()
    {
        foreach (var criterion in AllCriteria().Where(c => c.MessageKey is not Criteria.MissingFactsKey and not Criteria.ExpertJudgementKey))
        {
            var available = criterion.Details.Keys.Concat(["criterion", "facts"]).ToHashSet();
            if (criterion.Actual is not null) available.Add("actual");
            if (criterion.Required is not null) available.Add("required");
            if (criterion.Gap is not null) available.Add("gap");

            foreach (var culture in Cultures)
            {
                var text = Store.Find(criterion.MessageKey, CultureInfo.GetCultureInfo(culture))!;
                var unfilled = Placeholder().Matches(text).Select(m => m.Groups[1].Value).Where(p => !available.Contains(p));
                Assert.True(!unfilled.Any(), $"{criterion.MessageKey} ({culture}) cannot fill {string.Join(", ", unfilled)}");
            }
        }
    }

    [Fact]
    public void Should_use_every_text_of_the_science_files()
    {
        var used = AllCriteria().SelectMany(c => new[] { c.MessageKey, "Eligibility:Criterion:" + c.Code }).ToHashSet();

        Assert.All(Cultures, culture => Assert.Equal([], ScienceFileKeys(culture).Except(used)));
    }

    private static List<string> ScienceFileKeys(string culture)
    {
        var assembly = typeof(JsonLocalizationStore).Assembly;
        var name = assembly.GetManifestResourceNames().Single(n => n.EndsWith($".Eligibility.Science.{culture}.json", StringComparison.Ordinal));
        using var stream = assembly.GetManifestResourceStream(name)!;
        using var document = JsonDocument.Parse(stream);
        return document.RootElement.GetProperty("texts").EnumerateObject().Select(p => p.Name).ToList();
    }

    [GeneratedRegex(@"\{([A-Za-z][A-Za-z0-9]*)\}")]
    private static partial Regex Placeholder();
}
