using Incubation.Entities;

namespace Incubation.Certification;

/// <summary>
/// One assessment shown for an enterprise's verified data: the facts as they were, the rule sets used and the result,
/// kept so that a later review can see what was shown and why. Written once, never changed.
/// </summary>
public class EligibilityRun : FullAuditedAggregateRoot
{
    private EligibilityRun()
    {
    }

    public EligibilityRun(Guid enterpriseId, DateOnly asOf, string ruleSets, string factsJson, string resultJson)
        : base(Guid.CreateVersion7())
    {
        EnterpriseId = enterpriseId;
        AsOf = asOf;
        RuleSets = ruleSets;
        FactsJson = factsJson;
        ResultJson = resultJson;
    }

    public Guid EnterpriseId { get; private set; }
    public DateOnly AsOf { get; private set; }

    /// <summary>The rule sets used, "id@version" joined by ";".</summary>
    public string RuleSets { get; private set; } = string.Empty;

    public string FactsJson { get; private set; } = string.Empty;
    public string ResultJson { get; private set; } = string.Empty;
}
