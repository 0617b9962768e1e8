namespace Incubation.Certification.Eligibility.Science;

/// <summary>
/// 企业创新能力评价 (domain-rules §1.5). Experts pick a grade and a score inside it, so each item is a points
/// range: the engine narrows the range where the facts decide the grade (IP count, conversions, growth) and
/// leaves the whole range to the experts elsewhere. A score item's Passed says whether it earns points.
/// </summary>
internal static class HighTechScore
{
    public static IReadOnlyList<CriterionResult> Items(EnterpriseFacts facts, AssessmentYears years)
    {
        var advancement = Expert("HighTech.Score.IpAdvancement", HighTechRules.IpSource, HighTechRules.IpAdvancement);
        var coreSupport = Expert("HighTech.Score.IpCoreSupport", HighTechRules.IpSource, HighTechRules.IpCoreSupport);
        var count = IpCount(facts);
        var acquisition = IpAcquisition(facts);
        var standards = IpStandards(advancement.Points!.Max + coreSupport.Points!.Max + count.Points!.Max + acquisition.Points!.Max);
        return
        [
            advancement, coreSupport, count, acquisition, standards,
            Conversions(facts, years),
            Expert("HighTech.Score.RdManagement", HighTechRules.RdManagementSource, HighTechRules.RdManagement),
            .. HighTechGrowth.Items(facts, years),
        ];
    }

    /// <summary>An item with points computed from the facts.</summary>
    public static CriterionResult Scored(string code, string source, PointsRange points) => new()
    {
        Code = code,
        Passed = points.Min > 0 ? true : points.Max == 0 ? false : null,
        Points = points,
        Source = source,
        MessageKey = Criteria.KeyOf(code),
        IsCondition = false,
    };

    public static CriterionResult Expert(string code, string source, PointsRange points) =>
        Criteria.ExpertJudgement(code, source, points) with { IsCondition = false };

    public static CriterionResult Missing(string code, string source, PointsRange points, params string[] facts) =>
        Criteria.Missing(code, source, facts) with { Points = points, IsCondition = false };

    /// <summary>Item 3: ≥1 Ⅰ类 → A; else by the Ⅱ类 count (≥5 B, 3–4 C, 1–2 D, 0 E).</summary>
    private static CriterionResult IpCount(EnterpriseFacts facts)
    {
        const string code = "HighTech.Score.IpCount";
        if (facts.IpClass1Count is not { } class1 || facts.IpClass2Count is not { } class2)
        {
            return Missing(code, HighTechRules.IpSource, HighTechRules.IpCountMax, ScienceFacts.MissingIpCounts(facts));
        }

        var points = class1 >= 1
            ? HighTechRules.IpCountWithClass1
            : GradeBand.Find(HighTechRules.IpClass2CountBands, class2).Points(HighTechRules.IpCountMax.Of);
        return Scored(code, HighTechRules.IpSource, points) with { Details = ScienceFacts.IpDetails(class1, class2) };
    }

    /// <summary>
    /// Item 4: self-developed IP 1–6, only acquired 1–3. The facts say which Ⅰ类 items are self-developed but not
    /// which Ⅱ类 ones, so any Ⅱ类 item (or an unknown origin) keeps the wider range.
    /// </summary>
    private static CriterionResult IpAcquisition(EnterpriseFacts facts)
    {
        const string code = "HighTech.Score.IpAcquisition";
        if (facts.IpClass1Count is not { } class1 || facts.IpClass2Count is not { } class2)
        {
            return Missing(code, HighTechRules.IpSource, HighTechRules.IpAcquisitionMax, ScienceFacts.MissingIpCounts(facts));
        }

        var onlyAcquired = class1 > 0 && class2 == 0 && facts.IpClass1SelfDevelopedCount == 0;
        var points = class1 + class2 == 0 ? HighTechRules.IpNone
            : onlyAcquired ? HighTechRules.IpOnlyAcquired
            : HighTechRules.IpSelfDeveloped;
        return Scored(code, HighTechRules.IpSource, points) with { Details = ScienceFacts.IpDetails(class1, class2) };
    }

    /// <summary>Item 5, a bonus for standards work: only what keeps the IP part within 30 can count.</summary>
    private static CriterionResult IpStandards(decimal otherIpMax)
    {
        var bonus = HighTechRules.IpStandardsBonus;
        var room = Math.Clamp(HighTechRules.IpCap - otherIpMax, 0, bonus.Max);
        return Expert("HighTech.Score.IpStandards", HighTechRules.IpSource, bonus with { Max = room });
    }

    /// <summary>(b) The annual average of conversions over the window decides the grade; experts score inside it.</summary>
    private static CriterionResult Conversions(EnterpriseFacts facts, AssessmentYears years)
    {
        const string code = "HighTech.Score.Conversions";
        const string source = HighTechRules.ConversionsSource;
        var window = HighTechFinance.Window(years);
        var conversions = YearFigures.Read(facts, window, "conversions", y => y.Conversions);
        if (conversions.Missing.Count > 0)
        {
            return Missing(code, source, new PointsRange(0, HighTechRules.ConversionsOf, HighTechRules.ConversionsOf), [.. conversions.Missing]);
        }

        var average = conversions.Sum / window.Count;
        var band = GradeBand.Find(HighTechRules.ConversionBands, average);
        return Scored(code, source, band.Points(HighTechRules.ConversionsOf)) with
        {
            Actual = new Measure(average, MeasureUnit.Count),
            Details = new Dictionary<string, Measure>
            {
                ["conversionsTotal"] = new(conversions.Sum, MeasureUnit.Count),
                ["years"] = new(window.Count, MeasureUnit.Years),
            },
        };
    }
}
