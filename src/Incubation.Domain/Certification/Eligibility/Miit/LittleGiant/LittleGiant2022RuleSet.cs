namespace Incubation.Certification.Eligibility.Miit;

using static LittleGiant2022Table;

/// <summary>
/// 专精特新"小巨人" (2022): must hold 专精特新中小企业 and meet every group. The information system, certification,
/// market share, brand, industrial chain and field are for experts, so a strong enterprise ends in review, never
/// Eligible; a failed threshold outside the innovation group makes it NotEligible. The innovation group's general
/// conditions can be replaced by a direct route (national award, 创客中国 top 50) that is not recorded, so failing
/// them leaves the group in review.
/// </summary>
internal sealed class LittleGiant2022RuleSet(RuleSetInfo info) : MiitRuleSet(info)
{
    protected override MiitEvaluation Evaluate(MiitFacts facts)
    {
        var conditions = new List<CriterionResult>
        {
            MiitConditions.Holds(facts, HoldsTitleCode, HoldsTitleSource, QualificationKind.SrdiSme),
            MiitConditions.SegmentYears(facts, SegmentYears),
            MiitConditions.MainShareAtLeast(facts, MainShare),
            MiitConditions.TwoYearAverageGrowthAtLeast(facts, AverageGrowth),
            MiitCriteria.Expert(InformationSystem),
            MiitCriteria.Expert(ManagementCertification),
            MiitConditions.DebtRatioAtMost(facts, DebtRatio),
            MiitCriteria.Expert(MarketShare),
            MiitCriteria.Expert(OwnBrand),
        };

        List<CriterionResult> innovation =
        [
            .. RdTier(facts),
            MiitConditions.RdInstitutionAtLeast(facts, RdInstitutionCode, RdInstitutionSource, RdInstitutionMinimum),
            MiitConditions.Class1IpAtLeast(facts, Class1Ip),
        ];
        var innovationRoute = Routes.AllOf(innovation);
        if (innovationRoute != EligibilityVerdict.Eligible)
        {
            var direct = MiitCriteria.Unrecorded(InnovationDirectCode, InnovationDirectSource);
            innovation.Add(direct);
            innovationRoute = Routes.AnyOf(innovationRoute, Routes.Of(direct));
        }

        CriterionResult[] expert = [MiitCriteria.Expert(IndustrialChain), MiitCriteria.Expert(ProductField)];
        var verdict = Routes.AllOf(Routes.AllOf(conditions), innovationRoute, Routes.AllOf(expert));
        return new MiitEvaluation(verdict, null, [.. conditions, .. innovation, .. expert]);
    }

    /// <summary>
    /// The R&amp;D tier set by Y-1 operating revenue: ≥ 1亿 → each of the last two years ≥ 3 %; 5000万 to 1亿 → each
    /// ≥ 6 %; below 5000万 → equity ≥ 8000万 and R&amp;D ≥ 3000万 over two years, and R&amp;D staff ≥ 50 % of employees.
    /// </summary>
    private static IReadOnlyList<CriterionResult> RdTier(MiitFacts facts)
    {
        var revenue = facts.OperatingRevenue(facts.LastYear);
        if (!revenue.IsKnown)
        {
            return [Criteria.Missing(RdRatioTierCode, RdTierSource, [.. revenue.Missing])];
        }

        if (RdRatioTiers.FirstOrDefault(t => revenue.Known >= t.RevenueFrom) is { } tier)
        {
            var threshold = new Threshold(RdRatioTierCode, tier.Source, tier.RatioEachYear);
            var details = new Dictionary<string, Measure> { ["operatingRevenue"] = MiitMeasures.Yuan(revenue.Known) };
            return [MiitRdConditions.RdRatioEachYear(facts, threshold, details)];
        }

        var rdStaff = facts.RdStaff(facts.LastYear);
        var employees = facts.Employees(facts.LastYear);
        return
        [
            MiitConditions.EquityAtLeast(facts, SmallTierEquity, TierYears),
            MiitConditions.RdTotalAtLeast(facts, SmallTierRdTotal, TierYears),
            MiitCriteria.AtLeast(SmallTierRdStaff, Figure.Ratio(rdStaff, employees), MeasureUnit.Ratio,
                () => MiitMeasures.StaffForRatio(SmallTierRdStaff.Value, rdStaff.Known, employees.Known)),
        ];
    }
}
