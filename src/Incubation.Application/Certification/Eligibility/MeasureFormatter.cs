using System.Globalization;
using Incubation.Localization;
using Microsoft.Extensions.Localization;

namespace Incubation.Certification.Eligibility;

/// <summary>
/// States a measure the way the reader counts: Chinese readers in 万元 and 亿元, English ones in k and M;
/// ratios as percentages. The words come from the localisation resources, the scales from the culture.
/// </summary>
public sealed class MeasureFormatter(IStringLocalizer<IncubationResource> l)
{
    public string Format(Measure measure)
    {
        var culture = CultureInfo.CurrentUICulture;
        return measure.Unit switch
        {
            MeasureUnit.Yuan => Yuan(measure.Value, culture),
            MeasureUnit.Ratio => l["Eligibility:Unit:Percent", Number(measure.Value * 100, culture, 2)],
            MeasureUnit.Days => l["Eligibility:Unit:Days", Number(measure.Value, culture, 0)],
            MeasureUnit.Years => l["Eligibility:Unit:Years", Number(measure.Value, culture, 1)],
            MeasureUnit.Count => Number(measure.Value, culture, 1),
            MeasureUnit.Points => l["Eligibility:Unit:Points", Number(measure.Value, culture, 1)],
            MeasureUnit.Flag => l[measure.Value != 0 ? "Eligibility:Unit:Yes" : "Eligibility:Unit:No"],
            _ => Number(measure.Value, culture, 2),
        };
    }

    private string Yuan(decimal value, CultureInfo culture)
    {
        var chinese = culture.TwoLetterISOLanguageName == "zh";
        var (large, medium) = chinese ? (100_000_000m, 10_000m) : (1_000_000m, 1_000m);
        var magnitude = Math.Abs(value);
        return magnitude >= large ? l["Eligibility:Unit:YuanLarge", Number(value / large, culture, 2)]
            : magnitude >= medium ? l["Eligibility:Unit:YuanMedium", Number(value / medium, culture, 2)]
            : l["Eligibility:Unit:Yuan", Number(value, culture, 2)];
    }

    private static string Number(decimal value, CultureInfo culture, int decimals) =>
        Math.Round(value, decimals, MidpointRounding.AwayFromZero).ToString("#,##0.##", culture);
}
