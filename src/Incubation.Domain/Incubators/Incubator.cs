using Incubation.Entities;

namespace Incubation.Incubators;

/// <summary>An incubator or innovation base (孵化器、孵化基地) whose managers look after its enterprises.</summary>
public class Incubator : FullAuditedAggregateRoot
{
    private Incubator()
    {
    }

    public Incubator(Guid id, string name, string subDistrictCode, bool isDemo = false) : base(id)
    {
        Name = name;
        SubDistrictCode = subDistrictCode;
        IsDemo = isDemo;
    }

    public string Name { get; private set; } = string.Empty;
    public string SubDistrictCode { get; private set; } = string.Empty;
    public bool IsDemo { get; private set; }
}
