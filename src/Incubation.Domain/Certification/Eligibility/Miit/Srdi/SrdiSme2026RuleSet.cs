namespace Incubation.Certification.Eligibility.Miit;

using static SrdiSme2026Table;

/// <summary>
/// 专精特新中小企业 (2026): every condition must hold. The market-share position and the platform score are for
/// experts (the score comes from the MIIT platform), so an enterprise that meets every recorded threshold ends in
/// review, never Eligible; one failed threshold makes it NotEligible.
/// </summary>
internal sealed class SrdiSme2026RuleSet(RuleSetInfo info) : MiitRuleSet(info)
{
    protected override MiitEvaluation Evaluate(MiitFacts facts)
    {
        var criteria = new List<CriterionResult>
        {
            MiitConditions.Holds(facts, HoldsTitleCode, HoldsTitleSource, TitleKinds),
            MiitConditions.SegmentYears(facts, SegmentYears),
            MiitConditions.RevenueOrEquity(facts, Revenue, Equity, EquityYears),
            MiitConditions.MainShareAtLeast(facts, MainShare),
            MiitConditions.DebtRatioAtMost(facts, DebtRatio),
            MiitRdConditions.RdExpenseEachYear(facts, RdExpenseEachYear),
            MiitRdConditions.RdRatioEachYear(facts, RdRatioEachYear),
        };
        var verdicts = criteria.Select(Routes.Of).ToList();

        var ip = MiitConditions.Class1IpAtLeast(facts, Class1Ip);
        criteria.Add(ip);
        var ipRoute = Routes.Of(ip);
        if (ipRoute != EligibilityVerdict.Eligible)
        {
            var exemption = IpExemption(facts.Facts.RdInstitutionLevel);
            criteria.Add(exemption);
            ipRoute = Routes.AnyOf(ipRoute, Routes.Of(exemption));
        }

        CriterionResult[] expert = [MiitCriteria.Expert(MarketShare), MiitCriteria.Expert(PlatformScore)];
        criteria.AddRange(expert);
        return new MiitEvaluation(Routes.AllOf([.. verdicts, ipRoute, .. expert.Select(Routes.Of)]), null, criteria);
    }

    /// <summary>
    /// A provincial-or-higher R&amp;D institution exempts from the Ⅰ类 IP condition; so does a science award, which is
    /// not recorded, so without the institution the exemption stays open.
    /// </summary>
    private static CriterionResult IpExemption(RdInstitutionLevel? level) =>
        level >= IpExemptionLevel
            ? MiitCriteria.Flag(IpExemptionCode, IpExemptionSource, true)
            : MiitCriteria.Unrecorded(IpExemptionCode, IpExemptionSource) with { MissingFacts = level is null ? ["rdInstitutionLevel"] : [] };
}
