namespace Incubation.Certification.Eligibility.Miit;

/// <summary>
/// Conditions shared by several MIIT rule sets, each on "上年度" (Y-1) unless it says otherwise. The thresholds
/// (with their source tags) come from the rule sets' tables.
/// </summary>
internal static class MiitConditions
{
    public static CriterionResult Holds(MiitFacts facts, string code, string source, params QualificationKind[] kinds) =>
        MiitCriteria.Flag(code, source, kinds.Any(facts.Holds));

    public static CriterionResult SegmentYears(MiitFacts facts, Threshold threshold) =>
        MiitCriteria.AtLeast(threshold, facts.SegmentMarketYears, MeasureUnit.Years);

    public static CriterionResult RdInstitutionAtLeast(MiitFacts facts, string code, string source, RdInstitutionLevel level) =>
        MiitCriteria.Flag(code, source, facts.Facts.RdInstitutionLevel is { } known ? known >= level : null, "rdInstitutionLevel");

    /// <summary>Ⅰ类 IP count; the gap is in patents.</summary>
    public static CriterionResult Class1IpAtLeast(MiitFacts facts, Threshold threshold) =>
        MiitCriteria.AtLeast(threshold, facts.IpClass1, MeasureUnit.Count);

    /// <summary>主营业务收入 / 营业收入; the gap is in main-business revenue (yuan), other revenue unchanged.</summary>
    public static CriterionResult MainShareAtLeast(MiitFacts facts, Threshold threshold)
    {
        var main = facts.MainBusinessRevenue(facts.LastYear);
        var operating = facts.OperatingRevenue(facts.LastYear);
        return MiitCriteria.AtLeast(threshold, Figure.Ratio(main, operating), MeasureUnit.Ratio,
            () => MiitMeasures.MainRevenueForShare(threshold.Value, main.Known, operating.Known));
    }

    /// <summary>资产负债率 = 负债总额 / 资产总额 at the end of Y-1; the gap is in liabilities to clear (yuan).</summary>
    public static CriterionResult DebtRatioAtMost(MiitFacts facts, Threshold threshold)
    {
        var liabilities = facts.TotalLiabilities(facts.LastYear);
        var assets = facts.TotalAssets(facts.LastYear);
        return MiitCriteria.AtMost(threshold, Figure.Ratio(liabilities, assets), MeasureUnit.Ratio,
            () => MiitMeasures.LiabilitiesForDebtRatio(threshold.Value, liabilities.Known, assets.Known));
    }

    public static CriterionResult OperatingRevenueAtLeast(MiitFacts facts, Threshold threshold) =>
        MiitCriteria.AtLeast(threshold, facts.OperatingRevenue(facts.LastYear), MeasureUnit.Yuan);

    /// <summary>新增股权融资 (qualified institutions, paid in) over the last <paramref name="years"/> fiscal years.</summary>
    public static CriterionResult EquityAtLeast(MiitFacts facts, Threshold threshold, int years) =>
        MiitCriteria.SumAtLeast(threshold, facts.Sum(years, facts.NewEquityFinancing));

    public static CriterionResult RdTotalAtLeast(MiitFacts facts, Threshold threshold, int years) =>
        MiitCriteria.SumAtLeast(threshold, facts.Sum(years, facts.RdExpense));

    /// <summary>
    /// Operating revenue of Y-1 reaches <paramref name="revenue"/>, or new equity financing over the last
    /// <paramref name="equityYears"/> years reaches <paramref name="equity"/>: one route suffices, so a known passing
    /// route settles it even when the other route's facts are missing. Details: equityFinancing, equityRequired.
    /// </summary>
    public static CriterionResult RevenueOrEquity(MiitFacts facts, Threshold revenue, Threshold equity, int equityYears)
    {
        var operating = facts.OperatingRevenue(facts.LastYear);
        var financing = facts.Sum(equityYears, facts.NewEquityFinancing);
        bool? revenuePasses = operating.IsKnown ? operating.Known >= revenue.Value : null;
        bool? equityPasses = financing.KnownTotal >= equity.Value ? true : financing.IsComplete ? false : null;
        bool? passed = revenuePasses == true || equityPasses == true ? true
            : revenuePasses == false && equityPasses == false ? false
            : null;
        return new CriterionResult
        {
            Code = revenue.Code,
            Passed = passed,
            Actual = operating.IsKnown ? MiitMeasures.Yuan(operating.Known) : null,
            Required = MiitMeasures.Yuan(revenue.Value),
            Gap = passed == true || !operating.IsKnown ? null : MiitMeasures.YuanGap(revenue.Value - operating.Known),
            Source = $"{revenue.Source}; {equity.Source}",
            MessageKey = passed is null ? Criteria.MissingFactsKey : Criteria.KeyOf(revenue.Code),
            MissingFacts = passed is null ? [.. operating.Missing, .. financing.Missing] : [],
            Details = new Dictionary<string, Measure>
            {
                ["equityFinancing"] = MiitMeasures.Yuan(financing.KnownTotal),
                ["equityRequired"] = MiitMeasures.Yuan(equity.Value),
            },
        };
    }

    /// <summary>近2年主营业务收入平均增长率 (<see cref="Growth.TwoYearAverage"/>); the gap is in Y-1 main-business revenue.</summary>
    public static CriterionResult TwoYearAverageGrowthAtLeast(MiitFacts facts, Threshold threshold)
    {
        var (r1, r2, r3) = MainRevenueLastThree(facts);
        return MiitCriteria.AtLeast(threshold, Growth.TwoYearAverage(r1, r2, r3), MeasureUnit.Ratio,
            () => MiitMeasures.YuanGap(Growth.TwoYearAverageTarget(threshold.Value, r2.Known, r3.Known) - r1.Known));
    }

    /// <summary>
    /// 近两年营收复合增长率 (<see cref="Growth.TwoYearCompound"/>). Decided exactly, without the root:
    /// √(r1 / r3) − 1 ≥ g ⇔ r1 ≥ r3 × (1 + g)². The gap is in Y-1 operating revenue.
    /// </summary>
    public static CriterionResult TwoYearCompoundGrowthAtLeast(MiitFacts facts, Threshold threshold)
    {
        var r1 = facts.OperatingRevenue(facts.LastYear);
        var r3 = facts.OperatingRevenue(facts.LastYear - 2);
        var result = MiitCriteria.AtLeast(threshold, Growth.TwoYearCompound(r1, r3), MeasureUnit.Ratio);
        if (result.Passed is null)
        {
            return result;
        }

        var target = Growth.TwoYearCompoundTarget(threshold.Value, r3.Known);
        return result with { Passed = r1.Known >= target, Gap = MiitMeasures.YuanGap(target - r1.Known) };
    }

    public static (Figure R1, Figure R2, Figure R3) MainRevenueLastThree(MiitFacts facts) => (
        facts.MainBusinessRevenue(facts.LastYear),
        facts.MainBusinessRevenue(facts.LastYear - 1),
        facts.MainBusinessRevenue(facts.LastYear - 2));
}
