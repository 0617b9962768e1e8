namespace Incubation.Certification.Eligibility.Miit;

using static SrdiSme2022Table;

/// <summary>
/// The 13 indicators of 专精特新中小企业 (2022). Items 4, 5, 6 and 9 are not recorded facts and count as expert
/// ranges (30 points in all), so the facts alone can prove at most 70 points.
/// </summary>
internal static class SrdiSme2022Score
{
    public static IReadOnlyList<CriterionResult> Items(MiitFacts facts)
    {
        var y1 = facts.LastYear;
        var operating = facts.OperatingRevenue(y1);
        var (main1, main2, main3) = MiitConditions.MainRevenueLastThree(facts);
        var profit = facts.NetProfit(y1);
        var liabilities = facts.TotalLiabilities(y1);
        var assets = facts.TotalAssets(y1);
        var rdStaff = facts.RdStaff(y1);
        var employees = facts.Employees(y1);

        return
        [
            MiitScoring.Banded(MainShare, Figure.Ratio(main1, operating),
                edge => MiitMeasures.MainRevenueForShare(edge, main1.Known, operating.Known)),
            MiitScoring.Banded(AverageGrowth, Growth.TwoYearAverage(main1, main2, main3),
                edge => MiitMeasures.YuanGap(Growth.TwoYearAverageTarget(edge, main2.Known, main3.Known) - main1.Known)),
            MiitScoring.Banded(Segment, facts.SegmentMarketYears, edge => MiitMeasures.Years(edge - facts.SegmentMarketYears.Known)),
            MiitCriteria.ExpertPoints(Field),
            MiitCriteria.ExpertPoints(Digitalisation),
            MiitCriteria.ExpertPoints(Quality),
            MiitScoring.Banded(NetProfitMargin, Figure.Ratio(profit, operating),
                edge => MiitMeasures.YuanGap(edge * operating.Known - profit.Known)),
            MiitScoring.Banded(DebtRatio, Figure.Ratio(liabilities, assets),
                edge => MiitMeasures.LiabilitiesForDebtRatio(edge, liabilities.Known, assets.Known)),
            MiitCriteria.ExpertPoints(LocalFeatures),
            MiitScoring.Ip(Ip, facts.Facts),
            RdInput(facts),
            MiitScoring.Banded(RdStaffRatio, Figure.Ratio(rdStaff, employees),
                edge => MiitMeasures.StaffForRatio(edge, rdStaff.Known, employees.Known)),
            RdInstitution(facts.Facts.RdInstitutionLevel),
        ];
    }

    /// <summary>
    /// 指标11: the better of the amount and the ratio bands ("取高"). The gap is the cheaper way to the next band,
    /// in yuan of R&amp;D. Details: ratio.
    /// </summary>
    private static CriterionResult RdInput(MiitFacts facts)
    {
        var rd = facts.RdExpense(facts.LastYear);
        var operating = facts.OperatingRevenue(facts.LastYear);
        if (!rd.IsKnown)
        {
            return MiitScoring.Banded(RdAmount, rd, _ => null);
        }

        var amountPoints = RdAmount.PointsFor(rd.Known);
        var ratio = Figure.Ratio(rd, operating);
        if (!ratio.IsKnown)
        {
            // The amount sets a floor; the ratio could still lift it.
            var open = ratio.Missing.Count > 0
                ? Criteria.Missing(RdAmount.Code, RdAmount.Source, [.. ratio.Missing])
                : Criteria.ExpertJudgement(RdAmount.Code, RdAmount.Source);
            return open with { Points = new PointsRange(amountPoints, RdAmount.Of, RdAmount.Of), IsCondition = false };
        }

        var points = Math.Max(amountPoints, RdShare.PointsFor(ratio.Known));
        var nextAmount = RdAmount.NextAbove(points);
        var nextShare = RdShare.NextAbove(points);
        var gap = nextAmount is null || nextShare is null
            ? null
            : MiitMeasures.YuanGap(Math.Min(nextAmount.From - rd.Known, nextShare.From * operating.Known - rd.Known));
        return MiitScoring.Fixed(RdAmount.Code, RdAmount.Source, points, RdAmount.Of) with
        {
            Actual = MiitMeasures.Yuan(rd.Known),
            Required = nextAmount is null ? null : MiitMeasures.Yuan(nextAmount.From),
            Gap = gap,
            Details = new Dictionary<string, Measure> { ["ratio"] = MiitMeasures.Ratio(ratio.Known) },
        };
    }

    private static CriterionResult RdInstitution(RdInstitutionLevel? level) => level is { } known
        ? MiitScoring.Fixed(RdInstitutionCode, RdInstitutionSource, RdInstitutionPoints[known], RdInstitutionOf)
        : Criteria.Missing(RdInstitutionCode, RdInstitutionSource, "rdInstitutionLevel")
            with { Points = new PointsRange(0, RdInstitutionOf, RdInstitutionOf), IsCondition = false };
}
