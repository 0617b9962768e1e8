namespace Incubation.Certification.Eligibility.Science;

/// <summary>
/// 高新技术企业认定 under 国科发火〔2016〕32号 and its 工作指引 (国科发火〔2016〕195号): the eight conditions of
/// 第十一条, all required, the seventh being the innovation score (&gt;70 of 100). The field condition and most of
/// the score rest on expert judgement, so the best an enterprise can get here is NeedsReview with a score range.
/// </summary>
public sealed class HighTechRuleSet : IEligibilityRuleSet
{
    public RuleSetInfo Info => HighTechRules.Info;

    public KindAssessment Assess(EnterpriseFacts facts, DateOnly asOf)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var years = new AssessmentYears(asOf, facts.EstablishedOn);
        var scoreItems = HighTechScore.Items(facts, years);
        var score = Verdicts.Sum(scoreItems, HighTechRules.ScorePassMark.Value);
        List<CriterionResult> criteria =
        [
            HighTechConditions.Registration(years),
            HighTechConditions.OwnedIp(facts),
            HighTechConditions.IndustryField(facts),
            HighTechConditions.TechStaffRatio(facts, years),
            HighTechFinance.RdRatio(facts, years),
            HighTechFinance.DomesticRdShare(facts, years),
            HighTechFinance.HighTechIncomeShare(facts, years),
            HighTechConditions.InnovationScore(score),
            HighTechConditions.NoMajorIncident(facts),
            .. scoreItems,
        ];
        return new KindAssessment(QualificationKind.HighTech, Info, Verdicts.AllOf(criteria), score, criteria);
    }
}
