using Incubation.Certification.Eligibility;
using Incubation.Entities;

namespace Incubation.Certification;

/// <summary>
/// The latest engine result of one enterprise for one kind, kept so that ranked lists (专精特新 candidates) are
/// queries on an index rather than the engine run over every enterprise per request. Derived data: recomputed by
/// the nightly refresh and whenever the enterprise's eligibility is opened, so it is not audited (the stored
/// <see cref="EligibilityRun"/>s are the record of what was shown).
/// </summary>
public class EligibilitySnapshot : Entity
{
    private EligibilitySnapshot()
    {
    }

    public EligibilitySnapshot(Guid enterpriseId, QualificationKind kind)
        : base(Guid.CreateVersion7())
    {
        EnterpriseId = enterpriseId;
        Kind = kind;
    }

    public Guid EnterpriseId { get; private set; }
    public QualificationKind Kind { get; private set; }
    public DateOnly AsOf { get; private set; }
    public string RuleSet { get; private set; } = string.Empty;
    public EligibilityVerdict Verdict { get; private set; }

    /// <summary>For ordering: eligible first, then those needing review, then the rest.</summary>
    public int VerdictRank { get; private set; }

    public decimal? ScoreMin { get; private set; }
    public decimal? ScoreMax { get; private set; }
    public decimal? PassMark { get; private set; }

    /// <summary>Conditions failed; fewer means closer.</summary>
    public int FailedCount { get; private set; }

    /// <summary>The failed conditions with a gap, largest first, as the engine's JSON (localised when read).</summary>
    public string TopGapsJson { get; private set; } = "[]";

    public DateTime ComputedAt { get; private set; }

    public void Record(KindAssessment assessment, DateOnly asOf, string topGapsJson, DateTime computedAt)
    {
        AsOf = asOf;
        RuleSet = $"{assessment.RuleSet.Id}@{assessment.RuleSet.Version}";
        Verdict = assessment.Verdict;
        VerdictRank = assessment.Verdict switch
        {
            EligibilityVerdict.Eligible => 0,
            EligibilityVerdict.NeedsReview => 1,
            _ => 2,
        };
        ScoreMin = assessment.Score?.Min;
        ScoreMax = assessment.Score?.Max;
        PassMark = assessment.Score?.PassMark;
        // An eligible result may still list the direct routes it did not take: those are not failures.
        FailedCount = assessment.Verdict == EligibilityVerdict.Eligible ? 0 : assessment.Criteria.Count(c => c.IsCondition && c.Passed == false);
        TopGapsJson = topGapsJson;
        ComputedAt = computedAt;
    }
}
