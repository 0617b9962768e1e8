namespace Incubation.Certification.Eligibility.Miit;

using static LittleGiant2026Table;

/// <summary>
/// 专精特新"小巨人" (2026): every condition must hold. Market share, field and the platform score are for experts,
/// so the best outcome is review; a failed threshold makes it NotEligible. A national science award (not recorded)
/// can replace the Ⅰ类 IP condition, so too few Ⅰ类 IP leaves that condition in review.
/// </summary>
internal sealed class LittleGiant2026RuleSet(RuleSetInfo info) : MiitRuleSet(info)
{
    protected override MiitEvaluation Evaluate(MiitFacts facts)
    {
        var criteria = new List<CriterionResult>
        {
            MiitConditions.Holds(facts, HoldsTitleCode, HoldsTitleSource, QualificationKind.SrdiSme),
            MiitConditions.SegmentYears(facts, SegmentYears),
            MiitConditions.OperatingRevenueAtLeast(facts, Revenue),
            MiitConditions.MainShareAtLeast(facts, MainShare),
            MiitConditions.TwoYearCompoundGrowthAtLeast(facts, CompoundGrowth),
            MiitConditions.DebtRatioAtMost(facts, DebtRatio),
            MiitConditions.RdTotalAtLeast(facts, RdTotal, RdYears),
            MiitRdConditions.RdRatioEachYear(facts, RdRatioEachYear),
        };
        var verdicts = criteria.Select(Routes.Of).ToList();

        var ip = MiitConditions.Class1IpAtLeast(facts, Class1Ip);
        criteria.Add(ip);
        var ipRoute = Routes.Of(ip);
        if (ipRoute != EligibilityVerdict.Eligible)
        {
            var exemption = MiitCriteria.Unrecorded(IpAwardExemptionCode, IpAwardExemptionSource);
            criteria.Add(exemption);
            ipRoute = Routes.AnyOf(ipRoute, Routes.Of(exemption));
        }

        CriterionResult[] expert = [MiitCriteria.Expert(MarketShare), MiitCriteria.Expert(ProductField), MiitCriteria.Expert(PlatformScore)];
        criteria.AddRange(expert);
        return new MiitEvaluation(Routes.AllOf([.. verdicts, ipRoute, .. expert.Select(Routes.Of)]), null, criteria);
    }
}
