namespace Incubation.Certification.Eligibility.Miit;

using static InnovativeSmeTable;

/// <summary>The six scored items of 创新型中小企业, in the order of the table (two per group).</summary>
internal static class InnovativeSmeScore
{
    public static IReadOnlyList<CriterionResult> Items(MiitFacts facts)
    {
        var y1 = facts.LastYear;
        var rd = facts.RdExpense(y1);
        var operating = facts.OperatingRevenue(y1);
        var (main1, main2, _) = MiitConditions.MainRevenueLastThree(facts);
        var liabilities = facts.TotalLiabilities(y1);
        var assets = facts.TotalAssets(y1);

        return
        [
            MiitScoring.Ip(Ip, facts.Facts),
            MiitScoring.Banded(RdRatio, Figure.Ratio(rd, operating),
                edge => MiitMeasures.RdForRatio(edge, rd.Known, operating.Known)),
            MiitScoring.Banded(MainRevenueGrowth, Growth.OneYear(main1, main2),
                edge => MiitMeasures.YuanGap(Growth.OneYearTarget(edge, main2.Known) - main1.Known)),
            MiitScoring.Banded(DebtRatio, Figure.Ratio(liabilities, assets),
                edge => MiitMeasures.LiabilitiesForDebtRatio(edge, liabilities.Known, assets.Known)),
            MiitCriteria.ExpertPoints(Field),
            MiitScoring.Banded(MainShare, Figure.Ratio(main1, operating),
                edge => MiitMeasures.MainRevenueForShare(edge, main1.Known, operating.Known)),
        ];
    }
}
