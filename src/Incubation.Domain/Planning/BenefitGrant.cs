using Incubation.Entities;

namespace Incubation.Planning;

/// <summary>A subsidy or reward an enterprise received (benefits ledger): what the district invested, and in whom.</summary>
public class BenefitGrant : FullAuditedAggregateRoot
{
    private BenefitGrant()
    {
    }

    public BenefitGrant(Guid id, Guid enterpriseId, BenefitPolicy policy, string? batch, decimal amount, DateOnly grantedOn, string? note)
        : base(id)
    {
        EnterpriseId = enterpriseId;
        Set(policy, batch, amount, grantedOn, note);
    }

    public Guid EnterpriseId { get; private set; }
    public BenefitPolicy Policy { get; private set; }

    /// <summary>The batch or document it was paid under (e.g. "2024 年第一批").</summary>
    public string? Batch { get; private set; }

    /// <summary>In yuan.</summary>
    public decimal Amount { get; private set; }
    public DateOnly GrantedOn { get; private set; }
    public string? Note { get; private set; }

    public void Set(BenefitPolicy policy, string? batch, decimal amount, DateOnly grantedOn, string? note)
    {
        Policy = policy;
        Batch = string.IsNullOrWhiteSpace(batch) ? null : batch.Trim();
        Amount = amount;
        GrantedOn = grantedOn;
        Note = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
    }
}
