namespace Incubation.Certification.Eligibility.Science;

/// <summary>
/// The scoring table (§2.2): tech staff 20, R&amp;D input 50 (the measure the enterprise declared, never silently the
/// better one), IP 30; each on the last fiscal year. Points are fixed per band, so a known fact gives one value.
/// </summary>
internal static class TechSmeScore
{
    /// <summary>Scored, and a condition too: a tech-staff score of 0 fails the evaluation whatever the total (§2.1(5)).</summary>
    public static CriterionResult TechStaff(EnterpriseFacts facts, AssessmentYears years)
    {
        const string code = "TechSme.Score.TechStaff";
        const string source = TechSmeRules.TechStaffSource;
        var lastYear = facts.Year(years.LastYear);
        if (lastYear?.TechStaff is not { } techStaff || lastYear.Employees is not { } employees)
        {
            return Criteria.Missing(code, source, ScienceFacts.MissingStaff(lastYear, years.LastYear))
                with { Points = Open(TechSmeRules.TechStaffOf) };
        }

        var ratio = ScienceFacts.StaffRatio(techStaff, employees);
        var points = PointsBand.Find(TechSmeRules.TechStaffBands, ratio).Points;
        var lowestScoring = TechSmeRules.TechStaffBands[^2].From;
        return new CriterionResult
        {
            Code = code,
            Passed = points > 0,
            Actual = new Measure(ratio, MeasureUnit.Ratio),
            Required = new Measure(lowestScoring, MeasureUnit.Ratio),
            Gap = points > 0 ? null : new Measure(Shortfall.AddedToBoth(techStaff, employees, lowestScoring), MeasureUnit.Count),
            Points = Fixed(points, TechSmeRules.TechStaffOf),
            Source = source,
            MessageKey = Criteria.KeyOf(code),
            Details = ScienceFacts.StaffDetails(techStaff, employees),
        };
    }

    /// <summary>
    /// The declared measure only; without a declaration the item stays open (0–50). Required and Gap point at the
    /// next band: the R&amp;D in yuan that would earn it.
    /// </summary>
    public static CriterionResult RdInput(EnterpriseFacts facts, AssessmentYears years)
    {
        const string code = "TechSme.Score.RdInput";
        const string source = TechSmeRules.RdInputSource;
        var open = Open(TechSmeRules.RdInputOf);
        if (facts.TechSmeRdOption is not { } option)
        {
            return Criteria.Missing(code, source, "techSmeRdOption") with { Points = open, IsCondition = false };
        }

        var bySales = option == TechSmeRdOption.SalesRatio;
        var (baseFigure, pickBase) = bySales
            ? ("salesRevenue", (Func<FiscalYearFacts, decimal?>)(y => y.SalesRevenue))
            : ("costAndExpenseTotal", y => y.CostAndExpenseTotal);
        int[] lastYear = [years.LastYear];
        var rd = YearFigures.Read(facts, lastYear, "rdExpense", y => y.RdExpense);
        var whole = YearFigures.Read(facts, lastYear, baseFigure, pickBase);
        if (rd.Missing.Count + whole.Missing.Count > 0)
        {
            return Criteria.Missing(code, source, [.. rd.Missing, .. whole.Missing]) with { Points = open, IsCondition = false };
        }

        if (whole.Sum <= 0)
        {
            return Criteria.ExpertJudgement(code, source, open) with { IsCondition = false };
        }

        var bands = bySales ? TechSmeRules.RdSalesBands : TechSmeRules.RdCostBands;
        var ratio = rd.Sum / whole.Sum;
        var band = PointsBand.Find(bands, ratio);
        var next = PointsBand.Next(bands, band);

        // R&D is itself part of total costs and expenses, so under that measure more R&D grows the base too.
        var gap = next is null ? (decimal?)null
            : bySales ? Shortfall.AddedToPart(rd.Sum, whole.Sum, next.From)
            : Shortfall.AddedToBoth(rd.Sum, whole.Sum, next.From);
        return new CriterionResult
        {
            Code = code,
            Passed = band.Points > 0,
            Actual = new Measure(ratio, MeasureUnit.Ratio),
            Required = next is null ? null : new Measure(next.From, MeasureUnit.Ratio),
            Gap = gap is { } yuan ? new Measure(yuan, MeasureUnit.Yuan) : null,
            Points = Fixed(band.Points, TechSmeRules.RdInputOf),
            Source = source,
            MessageKey = Criteria.KeyOf(code + (bySales ? ".SalesRatio" : ".CostRatio")),
            Details = new Dictionary<string, Measure>
            {
                ["rdExpense"] = new(rd.Sum, MeasureUnit.Yuan),
                [baseFigure] = new(whole.Sum, MeasureUnit.Yuan),
            },
            IsCondition = false,
        };
    }

    public static CriterionResult Ip(EnterpriseFacts facts)
    {
        const string code = "TechSme.Score.Ip";
        if (facts.IpClass1Count is not { } class1 || facts.IpClass2Count is not { } class2)
        {
            return Criteria.Missing(code, TechSmeRules.IpSource, ScienceFacts.MissingIpCounts(facts))
                with { Points = Open(TechSmeRules.IpOf), IsCondition = false };
        }

        var points = class1 >= 1 ? TechSmeRules.IpWithClass1 : PointsBand.Find(TechSmeRules.IpClass2Bands, class2).Points;
        return new CriterionResult
        {
            Code = code,
            Passed = points > 0,
            Points = Fixed(points, TechSmeRules.IpOf),
            Source = TechSmeRules.IpSource,
            MessageKey = Criteria.KeyOf(code),
            Details = ScienceFacts.IpDetails(class1, class2),
            IsCondition = false,
        };
    }

    public static CriterionResult Total(ScoreSummary score)
    {
        const string code = "TechSme.TotalScore";
        return new CriterionResult
        {
            Code = code,
            Passed = Verdicts.ScorePasses(score),
            Required = new Measure(score.PassMark, MeasureUnit.Points),
            Gap = score.Max < score.PassMark ? new Measure(score.PassMark - score.Max, MeasureUnit.Points) : null,
            Source = TechSmeRules.ScorePassMark.Source,
            MessageKey = Criteria.KeyOf(code),
            Details = new Dictionary<string, Measure>
            {
                ["scoreMin"] = new(score.Min, MeasureUnit.Points),
                ["scoreMax"] = new(score.Max, MeasureUnit.Points),
            },
        };
    }

    /// <summary>Points are fixed per band: a known fact gives a range of one value.</summary>
    private static PointsRange Fixed(decimal points, decimal of) => new(points, points, of);

    /// <summary>A missing fact leaves the whole item open.</summary>
    private static PointsRange Open(decimal of) => new(0, of, of);
}
