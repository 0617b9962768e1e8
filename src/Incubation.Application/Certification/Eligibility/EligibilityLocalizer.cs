using System.Text.RegularExpressions;
using Incubation.Localization;
using Microsoft.Extensions.Localization;

namespace Incubation.Certification.Eligibility;

/// <summary>Turns the engine's results (codes, measures, message keys) into DTOs in the user's language.</summary>
public sealed partial class EligibilityLocalizer(IStringLocalizer<IncubationResource> l, MeasureFormatter formatter)
{
    public KindAssessmentDto Localize(KindAssessment assessment) => new(
        assessment.Kind,
        $"{assessment.RuleSet.Id}@{assessment.RuleSet.Version}",
        ToDto(assessment.RuleSet),
        assessment.Verdict,
        assessment.Score,
        assessment.Criteria.Select(Localize).ToList());

    public static RuleSetDto ToDto(RuleSetInfo info) =>
        new(info.Id, info.Kind, info.Version, info.Documents, info.EffectiveFrom, info.EffectiveTo);

    public CriterionDto Localize(CriterionResult criterion) => new(
        criterion.Code,
        criterion.Passed,
        Measure(criterion.Actual),
        Measure(criterion.Required),
        Measure(criterion.Gap),
        criterion.Points,
        criterion.IsCondition,
        criterion.Source,
        criterion.MissingFacts,
        Message(criterion));

    private MeasureDto? Measure(Measure? measure) =>
        measure is null ? null : new MeasureDto(measure.Value, measure.Unit, formatter.Format(measure));

    private string Message(CriterionResult criterion)
    {
        var template = l[criterion.MessageKey];
        var values = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["criterion"] = l["Eligibility:Criterion:" + criterion.Code].ResourceNotFound ? criterion.Code : l["Eligibility:Criterion:" + criterion.Code],
            ["facts"] = string.Join(l["Eligibility:ListSeparator"], criterion.MissingFacts.Select(FactName)),
        };
        AddMeasure(values, "actual", criterion.Actual);
        AddMeasure(values, "required", criterion.Required);
        AddMeasure(values, "gap", criterion.Gap);
        foreach (var (name, detail) in criterion.Details)
        {
            values[name] = formatter.Format(detail);
        }

        var text = template.Value;
        if (criterion.Gap is not null && !text.Contains("{gap}", StringComparison.Ordinal))
        {
            text += l["Eligibility:GapSentence"].Value;
        }

        // A clause whose value is unknown here (a gap when nothing is short) is left out, not shown as "{gap}".
        text = UnfilledClause().Replace(text, m => Placeholder().Matches(m.Value).All(p => values.ContainsKey(p.Groups[1].Value)) ? m.Value : string.Empty);
        return Placeholder().Replace(text, m => values.TryGetValue(m.Groups[1].Value, out var value) ? value : m.Value);
    }

    private void AddMeasure(Dictionary<string, string> values, string name, Measure? measure)
    {
        if (measure is not null)
        {
            values[name] = formatter.Format(measure);
        }
    }

    /// <summary>"rdExpense" or "years[2025].rdExpense": the figure's label (shared with the yearly-data form) and its year.</summary>
    private string FactName(string fact)
    {
        var match = YearPrefix().Match(fact);
        var name = match.Success ? match.Groups["name"].Value : fact;
        var pascal = char.ToUpperInvariant(name[0]) + name[1..];
        var label = l["YearlyData:" + pascal];
        var text = label.ResourceNotFound ? l["Eligibility:Fact:" + name].Value : label.Value;
        return match.Success ? l["Eligibility:FactOfYear", match.Groups["year"].Value, text] : text;
    }

    /// <summary>A clause holding a placeholder, with the separator before it (Chinese or English punctuation).</summary>
    [GeneratedRegex(@"[，；,;]?[^，；,;。.]*\{[A-Za-z][A-Za-z0-9]*\}[^，；,;。.]*")]
    private static partial Regex UnfilledClause();

    [GeneratedRegex(@"\{([A-Za-z][A-Za-z0-9]*)\}")]
    private static partial Regex Placeholder();

    [GeneratedRegex(@"^years\[(?<year>\d{4})\]\.(?<name>\w+)$")]
    private static partial Regex YearPrefix();
}
