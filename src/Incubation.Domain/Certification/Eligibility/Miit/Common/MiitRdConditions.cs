namespace Incubation.Certification.Eligibility.Miit;

/// <summary>
/// "Each of the last two years" R&amp;D conditions (2022 小巨人 tiers, 2026 专精特新 and 小巨人). R&amp;D intensity is
/// 研发费用 / 营业收入. A year that fails decides the criterion even when the other year is unknown; the gap is the
/// R&amp;D (yuan) the failing years lack, summed. Details: {prefix}YearBefore (Y-2) and {prefix}LastYear (Y-1), when known.
/// </summary>
internal static class MiitRdConditions
{
    public static CriterionResult RdExpenseEachYear(MiitFacts facts, Threshold threshold)
    {
        var rd = LastTwo(facts, facts.RdExpense);
        return EachYear(threshold, rd, MeasureUnit.Yuan, "rd", i => threshold.Value - rd[i].Known, null);
    }

    public static CriterionResult RdRatioEachYear(MiitFacts facts, Threshold threshold, IReadOnlyDictionary<string, Measure>? extraDetails = null)
    {
        var rd = LastTwo(facts, facts.RdExpense);
        var revenue = LastTwo(facts, facts.OperatingRevenue);
        var ratios = rd.Zip(revenue, Figure.Ratio).ToList();
        return EachYear(threshold, ratios, MeasureUnit.Ratio, "ratio",
            i => threshold.Value * revenue[i].Known - rd[i].Known, extraDetails);
    }

    /// <summary>Y-2 then Y-1.</summary>
    private static List<Figure> LastTwo(MiitFacts facts, Func<int, Figure> read) => [read(facts.LastYear - 1), read(facts.LastYear)];

    private static CriterionResult EachYear(
        Threshold threshold, List<Figure> perYear, MeasureUnit unit, string prefix,
        Func<int, decimal> shortfallYuan, IReadOnlyDictionary<string, Measure>? extraDetails)
    {
        var details = new Dictionary<string, Measure>(extraDetails ?? MiitCriteria.NoDetails);
        string[] names = [prefix + "YearBefore", prefix + "LastYear"];
        var known = Enumerable.Range(0, perYear.Count).Where(i => perYear[i].IsKnown).ToList();
        foreach (var i in known)
        {
            details[names[i]] = new Measure(perYear[i].Known, unit);
        }

        var missing = perYear.SelectMany(f => f.Missing).ToArray();
        var failing = known.Where(i => perYear[i].Known < threshold.Value).ToList();
        if (failing.Count == 0 && missing.Length > 0)
        {
            return Criteria.Missing(threshold.Code, threshold.Source, missing) with { Details = details };
        }

        if (failing.Count == 0 && perYear.Any(f => f.IsUndefined))
        {
            return Criteria.ExpertJudgement(threshold.Code, threshold.Source) with { Details = details };
        }

        var shortfall = failing.Sum(i => Math.Ceiling(shortfallYuan(i)));
        return new CriterionResult
        {
            Code = threshold.Code,
            Passed = failing.Count == 0,
            Actual = new Measure(known.Min(i => perYear[i].Known), unit),
            Required = new Measure(threshold.Value, unit),
            Gap = MiitMeasures.YuanGap(shortfall),
            Source = threshold.Source,
            MessageKey = Criteria.KeyOf(threshold.Code),
            MissingFacts = missing,
            Details = details,
        };
    }
}
