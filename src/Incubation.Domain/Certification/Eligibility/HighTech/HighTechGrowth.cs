namespace Incubation.Certification.Eligibility.Science;

/// <summary>
/// (d) 企业成长性: net-asset growth and sales growth, each ≤10 points (domain-rules §1.5d). Years 1, 2, 3 are
/// Y-3, Y-2, Y-1; growth = ½ × (v2/v1 + v3/v2) − 1, with the official zero rules: v1 = 0 → v3/v2 − 1 (the last
/// two years only); v2 = 0 → 0 points; growth &lt; 0 → 0 points. What the rules leave open (negative values,
/// an enterprise that did not exist in year 1) goes to review with the whole 0–10 range.
/// </summary>
internal static class HighTechGrowth
{
    private static readonly PointsRange Open = new(0, HighTechRules.GrowthOf, HighTechRules.GrowthOf);

    public static IEnumerable<CriterionResult> Items(EnterpriseFacts facts, AssessmentYears years) =>
    [
        // Net assets = total assets − total liabilities where the net figure itself was not given.
        Growth("HighTech.Score.NetAssetGrowth", "netAssets", y => y.NetAssets ?? y.TotalAssets - y.TotalLiabilities, facts, years),
        Growth("HighTech.Score.SalesGrowth", "salesRevenue", y => y.SalesRevenue, facts, years),
    ];

    /// <summary>The growth rate by the formula and its zero rule for year 1; null when year 2 is 0 (no points).</summary>
    public static decimal? Rate(decimal v1, decimal v2, decimal v3) =>
        v2 == 0 ? null
        : v1 == 0 ? v3 / v2 - 1
        : (v2 / v1 + v3 / v2) / 2 - 1;

    private static CriterionResult Growth(
        string code, string figure, Func<FiscalYearFacts, decimal?> pick, EnterpriseFacts facts, AssessmentYears years)
    {
        const string source = HighTechRules.GrowthSource;
        var window = years.Last(HighTechRules.WindowYears);
        var operatingYears = years.LastOperating(HighTechRules.WindowYears).Count;
        if (operatingYears < window.Count)
        {
            return Review(code, "HighTech.Score.Growth.ShortHistory", new Dictionary<string, Measure>
            {
                ["operatingYears"] = new(operatingYears, MeasureUnit.Years),
            });
        }

        var values = YearFigures.Read(facts, window, figure, pick);
        if (values.Missing.Count > 0)
        {
            return HighTechScore.Missing(code, source, Open, [.. values.Missing]);
        }

        var (v1, v2, v3) = (values.Values[0], values.Values[1], values.Values[2]);
        var details = new Dictionary<string, Measure>
        {
            ["year1"] = new(v1, MeasureUnit.Yuan),
            ["year2"] = new(v2, MeasureUnit.Yuan),
            ["year3"] = new(v3, MeasureUnit.Yuan),
        };
        if (v1 < 0 || v2 < 0 || v3 < 0)
        {
            return Review(code, "HighTech.Score.Growth.Negative", details);
        }

        if (Rate(v1, v2, v3) is not { } rate)
        {
            return HighTechScore.Scored(code, source, new PointsRange(0, 0, HighTechRules.GrowthOf)) with
            {
                MessageKey = Criteria.KeyOf("HighTech.Score.Growth.SecondYearZero"),
                Details = details,
            };
        }

        var band = GradeBand.Find(HighTechRules.GrowthBands, rate);
        return HighTechScore.Scored(code, source, band.Points(HighTechRules.GrowthOf)) with
        {
            Actual = new Measure(rate, MeasureUnit.Ratio),
            Details = details,
        };
    }

    private static CriterionResult Review(string code, string messageCode, Dictionary<string, Measure> details) => new()
    {
        Code = code,
        Passed = null,
        Points = Open,
        Source = HighTechRules.GrowthSource,
        MessageKey = Criteria.KeyOf(messageCode),
        Details = details,
        IsCondition = false,
    };
}
