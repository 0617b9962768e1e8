namespace Incubation.Certification.Eligibility.Science;

/// <summary>
/// 科技型中小企业评价 under 国科发政〔2017〕115号 with the 2022 service guide (国科火字〔2022〕67号): the basic
/// conditions, then either the score (≥60 with a non-zero tech-staff score) or a direct-confirmation route.
/// </summary>
public sealed class TechSmeRuleSet : IEligibilityRuleSet
{
    public RuleSetInfo Info => TechSmeRules.Info;

    public KindAssessment Assess(EnterpriseFacts facts, DateOnly asOf)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var years = new AssessmentYears(asOf, facts.EstablishedOn);

        List<CriterionResult> basic = [.. TechSmeConditions.Size(facts, years), TechSmeConditions.NoMajorIncident(facts)];

        var techStaff = TechSmeScore.TechStaff(facts, years);
        List<CriterionResult> items = [techStaff, TechSmeScore.RdInput(facts, years), TechSmeScore.Ip(facts)];
        var score = Verdicts.Sum(items, TechSmeRules.ScorePassMark.Value);
        var total = TechSmeScore.Total(score);

        var directHighTech = TechSmeConditions.DirectHighTech(facts, asOf);
        var directRdInstitution = TechSmeConditions.DirectRdInstitution(facts);

        // The basic conditions always; then the score route or any direct route (§2.3).
        var byScore = Verdicts.AllOf([techStaff.Passed, total.Passed]);
        var direct = Verdicts.AnyOf(Verdicts.AllOf([directHighTech.Passed]), Verdicts.AllOf([directRdInstitution.Passed]));
        var verdict = Verdicts.AllOf([Outcome(Verdicts.AllOf(basic)), Outcome(Verdicts.AnyOf(byScore, direct))]);

        List<CriterionResult> criteria =
        [
            .. basic,
            .. TechSmeConditions.Declarations(),
            total,
            .. items,
            directHighTech,
            directRdInstitution,
            TechSmeConditions.DirectOther(),
        ];
        return new KindAssessment(QualificationKind.TechSme, Info, verdict, score, criteria);
    }

    private static bool? Outcome(EligibilityVerdict verdict) => verdict switch
    {
        EligibilityVerdict.Eligible => true,
        EligibilityVerdict.NotEligible => false,
        _ => null,
    };
}
