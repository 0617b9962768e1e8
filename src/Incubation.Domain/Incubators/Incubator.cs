using Incubation.Entities;
using Incubation.Platforms;

namespace Incubation.Incubators;

/// <summary>
/// An incubator, maker space or innovation base (孵化器、众创空间、孵化基地) whose managers look after its enterprises.
/// A base may carry the plan's targets: incubate at least N tech enterprises and grow at least M 高企 (task 5).
/// </summary>
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
    public IncubatorKind Kind { get; private set; }
    public PlatformLevel? Level { get; private set; }
    public string? Operator { get; private set; }
    public int? IncubatedTarget { get; private set; }
    public int? HighTechTarget { get; private set; }

    public void Describe(string name, string subDistrictCode, IncubatorKind kind, PlatformLevel? level, string? operatorName, int? incubatedTarget, int? highTechTarget)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        Name = name.Trim();
        SubDistrictCode = subDistrictCode;
        Kind = kind;
        Level = level;
        Operator = string.IsNullOrWhiteSpace(operatorName) ? null : operatorName.Trim();
        IncubatedTarget = incubatedTarget;
        HighTechTarget = highTechTarget;
    }
}
