namespace Incubation.Certification.Eligibility.Science;

/// <summary>The money conditions of 第十一条 (五) and (六): R&amp;D intensity, domestic R&amp;D, high-tech income.</summary>
internal static class HighTechFinance
{
    /// <summary>
    /// Σ R&amp;D / Σ sales over Y-3..Y-1 (operating years only) against the tier of the Y-1 sales; the gap is the
    /// extra R&amp;D over the window, in yuan (sales do not change with it).
    /// </summary>
    public static CriterionResult RdRatio(EnterpriseFacts facts, AssessmentYears years)
    {
        const string code = "HighTech.RdRatio";
        const string source = HighTechRules.RdRatioSource;
        var window = Window(years);
        var rd = YearFigures.Read(facts, window, "rdExpense", y => y.RdExpense);
        var sales = YearFigures.Read(facts, window, "salesRevenue", y => y.SalesRevenue);
        if (rd.Missing.Count + sales.Missing.Count > 0)
        {
            return Criteria.Missing(code, source, [.. rd.Missing, .. sales.Missing]);
        }

        if (sales.Sum <= 0)
        {
            // No sales at all over the window: the ratio is undefined and the rules say nothing about it.
            return Criteria.ExpertJudgement(code, source);
        }

        var lastYearSales = sales.Values[^1];
        var tier = HighTechRules.RdTiers.First(t => t.Applies(lastYearSales)).MinRdRatio;
        var passed = rd.Sum >= tier * sales.Sum;
        return new CriterionResult
        {
            Code = code,
            Passed = passed,
            Actual = new Measure(rd.Sum / sales.Sum, MeasureUnit.Ratio),
            Required = new Measure(tier, MeasureUnit.Ratio),
            Gap = passed ? null : new Measure(Shortfall.AddedToPart(rd.Sum, sales.Sum, tier), MeasureUnit.Yuan),
            Source = source,
            MessageKey = Criteria.KeyOf(code),
            Details = new Dictionary<string, Measure>
            {
                ["rdTotal"] = new(rd.Sum, MeasureUnit.Yuan),
                ["salesTotal"] = new(sales.Sum, MeasureUnit.Yuan),
                ["lastYearSales"] = new(lastYearSales, MeasureUnit.Yuan),
                ["tier"] = new(tier, MeasureUnit.Ratio),
                ["years"] = new(window.Count, MeasureUnit.Years),
            },
        };
    }

    /// <summary>Σ domestic R&amp;D / Σ R&amp;D over the same window; the gap is extra domestic R&amp;D in yuan.</summary>
    public static CriterionResult DomesticRdShare(EnterpriseFacts facts, AssessmentYears years)
    {
        const string code = "HighTech.DomesticRdShare";
        var rule = HighTechRules.MinDomesticRdShare;
        var window = Window(years);
        var domestic = YearFigures.Read(facts, window, "domesticRdExpense", y => y.DomesticRdExpense);
        var rd = YearFigures.Read(facts, window, "rdExpense", y => y.RdExpense);
        return domestic.Missing.Count + rd.Missing.Count > 0
            ? Criteria.Missing(code, rule.Source, [.. domestic.Missing, .. rd.Missing])
            : Share(code, rule, domestic.Sum, rd.Sum, "domesticRdTotal", "rdTotal");
    }

    /// <summary>High-tech income / total income in Y-1; the gap is extra high-tech income in yuan (it adds to total income too).</summary>
    public static CriterionResult HighTechIncomeShare(EnterpriseFacts facts, AssessmentYears years)
    {
        const string code = "HighTech.HighTechIncomeShare";
        var rule = HighTechRules.MinHighTechIncomeShare;
        int[] lastYear = [years.LastYear];
        var highTech = YearFigures.Read(facts, lastYear, "highTechIncome", y => y.HighTechIncome);
        var total = YearFigures.Read(facts, lastYear, "totalIncome", y => y.TotalIncome);
        return highTech.Missing.Count + total.Missing.Count > 0
            ? Criteria.Missing(code, rule.Source, [.. highTech.Missing, .. total.Missing])
            : Share(code, rule, highTech.Sum, total.Sum, "highTechIncome", "totalIncome");
    }

    /// <summary>
    /// The last three fiscal years the enterprise operated in. An enterprise founded in the application year has
    /// none: Y-1 is asked for, and the registration condition fails anyway.
    /// </summary>
    public static IReadOnlyList<int> Window(AssessmentYears years) =>
        years.LastOperating(HighTechRules.WindowYears) is { Count: > 0 } operating ? operating : [years.LastYear];

    /// <summary>A part of a whole that grows with it. An empty whole holds no part: failed, with no gap to state.</summary>
    private static CriterionResult Share(string code, Threshold rule, decimal part, decimal whole, string partName, string wholeName)
    {
        var passed = whole > 0 && part >= rule.Value * whole;
        return new CriterionResult
        {
            Code = code,
            Passed = passed,
            Actual = new Measure(whole > 0 ? part / whole : 0, MeasureUnit.Ratio),
            Required = new Measure(rule.Value, MeasureUnit.Ratio),
            Gap = passed || whole <= 0 ? null : new Measure(Shortfall.AddedToBoth(part, whole, rule.Value), MeasureUnit.Yuan),
            Source = rule.Source,
            MessageKey = Criteria.KeyOf(code),
            Details = new Dictionary<string, Measure>
            {
                [partName] = new(part, MeasureUnit.Yuan),
                [wholeName] = new(whole, MeasureUnit.Yuan),
            },
        };
    }
}
