using Incubation.Entities;

namespace Incubation.Visits;

/// <summary>A policy officers explain on visits (高企认定, 研发费用加计扣除 …): a maintained list.</summary>
public class PolicyTopic : FullAuditedAggregateRoot
{
    private PolicyTopic()
    {
    }

    public PolicyTopic(string code, string name, int sortOrder) : base(Guid.CreateVersion7())
    {
        Code = code;
        Name = name;
        SortOrder = sortOrder;
        IsActive = true;
    }

    public string Code { get; private set; } = string.Empty;
    public string Name { get; private set; } = string.Empty;
    public int SortOrder { get; private set; }
    public bool IsActive { get; private set; }
}
