using Incubation.Entities;

namespace Incubation.Lookups;

/// <summary>A 责任单位 that answers enterprises' needs (区工信局, 区人社局 …).</summary>
public class ResponsibleUnit : FullAuditedAggregateRoot
{
    private ResponsibleUnit()
    {
    }

    public ResponsibleUnit(Guid id, string name, string kind) : base(id)
    {
        Name = name;
        Kind = kind;
    }

    public string Name { get; private set; } = string.Empty;
    public string Kind { get; private set; } = string.Empty;
}
