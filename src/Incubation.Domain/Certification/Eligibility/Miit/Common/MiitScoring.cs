namespace Incubation.Certification.Eligibility.Miit;

/// <summary>
/// Scored items: each reports its points as a range (Min = Max when the facts decide it), never decides the verdict
/// alone (IsCondition false), and states the edge of the next band and the gap to it.
/// </summary>
internal static class MiitScoring
{
    /// <summary>A banded item; <paramref name="gapTo"/> turns the next band's edge into a gap in a useful unit.</summary>
    public static CriterionResult Banded(
        BandedIndicator indicator, Figure value, Func<decimal, Measure?> gapTo, IReadOnlyDictionary<string, Measure>? details = null)
    {
        var fullRange = new PointsRange(0, indicator.Of, indicator.Of);
        if (value.Missing.Count > 0)
        {
            return Criteria.Missing(indicator.Code, indicator.Source, [.. value.Missing])
                with { Points = fullRange, IsCondition = false, Details = details ?? MiitCriteria.NoDetails };
        }

        if (value.IsUndefined)
        {
            return Criteria.ExpertJudgement(indicator.Code, indicator.Source, fullRange)
                with { IsCondition = false, Details = details ?? MiitCriteria.NoDetails };
        }

        var points = indicator.PointsFor(value.Known);
        var next = indicator.NextAbove(points);
        return Fixed(indicator.Code, indicator.Source, points, indicator.Of) with
        {
            Actual = new Measure(value.Known, indicator.Unit),
            Required = next is null ? null : new Measure(next.From, indicator.Unit),
            Gap = next is null ? null : gapTo(next.From),
            Details = details ?? MiitCriteria.NoDetails,
        };
    }

    /// <summary>Points the facts decide.</summary>
    public static CriterionResult Fixed(string code, string source, decimal points, decimal of) => new()
    {
        Code = code,
        Passed = points > 0,
        Points = new PointsRange(points, points, of),
        Source = source,
        MessageKey = Criteria.KeyOf(code),
        IsCondition = false,
    };

    /// <summary>
    /// The IP item. Counts cannot tell "高价值" (experts judge it), so: self-developed Ⅰ类 ≥ 1 → SelfDeveloped..HighValue;
    /// Ⅰ类 ≥ 1, none self-developed → Class1..HighValue (a bought patent may still be of high value); Ⅱ类 only → Class2;
    /// none → 0. Details: selfDeveloped.
    /// </summary>
    public static CriterionResult Ip(IpPoints table, EnterpriseFacts facts)
    {
        if (facts.IpClass1Count is not { } class1)
        {
            return Criteria.Missing(table.Code, table.Source, "ipClass1Count")
                with { Points = new PointsRange(0, table.HighValue, table.HighValue), IsCondition = false };
        }

        if (class1 == 0)
        {
            if (facts.IpClass2Count is not { } class2)
            {
                // Without Ⅰ类 IP the item can reach the Ⅱ类 points at most.
                return Criteria.Missing(table.Code, table.Source, "ipClass2Count")
                    with { Points = new PointsRange(0, table.Class2, table.HighValue), IsCondition = false };
            }

            return Fixed(table.Code, table.Source, class2 > 0 ? table.Class2 : 0, table.HighValue) with
            {
                Actual = MiitMeasures.Count(0),
                Required = MiitMeasures.Count(1),
                Gap = MiitMeasures.Count(1),
                Details = new Dictionary<string, Measure> { ["selfDeveloped"] = MiitMeasures.Count(0) },
            };
        }

        if (facts.IpClass1SelfDevelopedCount is not { } selfDeveloped)
        {
            // At least the Ⅰ类 points; the self-developed count would narrow the range.
            return Criteria.Missing(table.Code, table.Source, "ipClass1SelfDevelopedCount")
                with { Points = new PointsRange(table.Class1, table.HighValue, table.HighValue), IsCondition = false };
        }

        var min = selfDeveloped > 0 ? table.SelfDeveloped : table.Class1;
        return new CriterionResult
        {
            Code = table.Code,
            Passed = null,
            Actual = MiitMeasures.Count(class1),
            Points = new PointsRange(min, table.HighValue, table.HighValue),
            Source = table.Source,
            MessageKey = Criteria.KeyOf(table.Code),
            Details = new Dictionary<string, Measure> { ["selfDeveloped"] = MiitMeasures.Count(selfDeveloped) },
            IsCondition = false,
        };
    }
}
