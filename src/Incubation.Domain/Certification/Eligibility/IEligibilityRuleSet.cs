namespace Incubation.Certification.Eligibility;

/// <summary>The rules of one kind in force over a period. Pure: no database, no clock.</summary>
public interface IEligibilityRuleSet
{
    RuleSetInfo Info { get; }

    KindAssessment Assess(EnterpriseFacts facts, DateOnly asOf);
}
