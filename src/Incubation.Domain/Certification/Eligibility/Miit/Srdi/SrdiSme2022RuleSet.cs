namespace Incubation.Certification.Eligibility.Miit;

using static SrdiSme2022Table;

/// <summary>
/// 专精特新中小企业 (2022): conditions 1–3 must all hold; condition 4 is the score or a direct route. Holding
/// 创新型中小企业 is not required by the 2022 text. Science awards and 创客中国 rankings are not recorded facts: when
/// neither the score nor a recorded direct route settles condition 4, it stays in review.
/// </summary>
internal sealed class SrdiSme2022RuleSet(RuleSetInfo info) : MiitRuleSet(info)
{
    protected override MiitEvaluation Evaluate(MiitFacts facts)
    {
        var y1 = facts.LastYear;
        var rd = facts.RdExpense(y1);
        var operating = facts.OperatingRevenue(y1);
        CriterionResult[] conditions =
        [
            MiitConditions.SegmentYears(facts, SegmentYears),
            MiitCriteria.AtLeast(RdExpense, rd, MeasureUnit.Yuan),
            MiitCriteria.AtLeast(RdRatio, Figure.Ratio(rd, operating), MeasureUnit.Ratio,
                () => MiitMeasures.RdForRatio(RdRatio.Value, rd.Known, operating.Known)),
            MiitConditions.RevenueOrEquity(facts, Revenue, Equity, EquityYears),
        ];

        var items = SrdiSme2022Score.Items(facts);
        var score = Verdicts.Sum(items, PassMark);
        var scoreCriterion = MiitCriteria.PointsAtLeast(ScoreCode, ScoreSource, score);
        CriterionResult[] direct = [RdAverage(facts), MiitConditions.EquityAtLeast(facts, DirectEquity, DirectYears)];

        var criteria = new List<CriterionResult>(conditions) { scoreCriterion };
        criteria.AddRange(direct);
        var condition4 = Routes.AnyOf([Routes.Of(scoreCriterion), .. direct.Select(Routes.Of)]);
        if (condition4 != EligibilityVerdict.Eligible)
        {
            var awards = MiitCriteria.Unrecorded(DirectAwardsCode, DirectAwardsSource);
            criteria.Add(awards);
            condition4 = Routes.AnyOf(condition4, Routes.Of(awards));
        }

        criteria.AddRange(items);
        return new MiitEvaluation(Routes.AllOf(Routes.AllOf(conditions), condition4), score, criteria);
    }

    /// <summary>
    /// 近两年研发费用总额均值: the total over Y-2..Y-1 divided by the years the enterprise existed in that window.
    /// The gap is the R&amp;D to add over the window. Details: rdTotal.
    /// </summary>
    private static CriterionResult RdAverage(MiitFacts facts)
    {
        var years = Math.Max(1, facts.Window.LastOperating(DirectYears).Count);
        var total = facts.Sum(DirectYears, facts.RdExpense);
        var result = MiitCriteria.SumAtLeast(DirectRdAverage, total with { KnownTotal = total.KnownTotal / years },
            new Dictionary<string, Measure> { ["rdTotal"] = MiitMeasures.Yuan(total.KnownTotal) });
        return result.Passed == false
            ? result with { Gap = MiitMeasures.YuanGap(DirectRdAverage.Value * years - total.KnownTotal) }
            : result;
    }
}
