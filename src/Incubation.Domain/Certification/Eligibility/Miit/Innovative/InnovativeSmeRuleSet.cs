namespace Incubation.Certification.Eligibility.Miit;

using static InnovativeSmeTable;

/// <summary>
/// 创新型中小企业 (2022) and, with <paramref name="provisional"/>, 科技和创新型中小企业 (2026) until its national standard
/// is published. Eligible by the score route (total and group minima) or by a direct condition. Science awards and
/// honours other than 高新技术企业 are not recorded facts: when nothing else qualifies, they keep the verdict in
/// review instead of failing it silently, so this kind ends Eligible or NeedsReview, never NotEligible.
/// </summary>
internal sealed class InnovativeSmeRuleSet(RuleSetInfo info, bool provisional) : MiitRuleSet(info)
{
    protected override MiitEvaluation Evaluate(MiitFacts facts)
    {
        var items = InnovativeSmeScore.Items(facts);
        var score = Verdicts.Sum(items, PassMark);
        var scoreCriterion = MiitCriteria.PointsAtLeast(ScoreCode, ScoreSource, score);
        CriterionResult[] groups =
        [
            Group(InnovationGroup, items[0], items[1]),
            Group(GrowthGroup, items[2], items[3]),
            Group(SpecialisationGroup, items[4], items[5]),
        ];
        CriterionResult[] direct =
        [
            MiitConditions.Holds(facts, DirectHighTechCode, DirectHighTechSource, QualificationKind.HighTech),
            MiitConditions.RdInstitutionAtLeast(facts, DirectRdInstitutionCode, DirectRdInstitutionSource, DirectRdInstitutionLevel),
            MiitConditions.EquityAtLeast(facts, DirectEquity, DirectEquityYears),
        ];

        var scoreRoute = Routes.AllOf([scoreCriterion, .. groups]);
        var verdict = Routes.AnyOf([scoreRoute, .. direct.Select(Routes.Of)]);
        var criteria = new List<CriterionResult>();
        if (provisional)
        {
            criteria.Add(MiitCriteria.Note(ProvisionalCode, ProvisionalSource));
        }

        criteria.AddRange(direct);
        if (verdict != EligibilityVerdict.Eligible)
        {
            // Only shown when it could change the verdict.
            var awards = MiitCriteria.Unrecorded(DirectAwardsCode, DirectAwardsSource);
            criteria.Add(awards);
            verdict = Routes.AnyOf(verdict, Routes.Of(awards));
        }

        criteria.Add(scoreCriterion);
        criteria.AddRange(groups);
        criteria.AddRange(items);
        return new MiitEvaluation(verdict, score, criteria);
    }

    private static CriterionResult Group(Threshold minimum, params CriterionResult[] items) =>
        MiitCriteria.PointsAtLeast(minimum.Code, minimum.Source, Verdicts.Sum(items, minimum.Value));
}
