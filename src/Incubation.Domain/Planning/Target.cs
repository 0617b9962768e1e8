using Incubation.Entities;

namespace Incubation.Planning;

/// <summary>
/// A district target for one indicator (the plan's 五个倍增 and its other numbers): baseline year and value, target
/// year and value. Seeded from the plan, edited by the bureau; the actual value is always computed, never stored.
/// </summary>
public class Target : FullAuditedAggregateRoot
{
    private Target()
    {
    }

    public Target(Guid id, Indicator indicator, int? baselineYear, decimal? baselineValue, int targetYear, decimal targetValue, string? note)
        : base(id)
    {
        Indicator = indicator;
        Set(baselineYear, baselineValue, targetYear, targetValue, note);
    }

    public Indicator Indicator { get; private set; }

    /// <summary>Null for targets without a baseline in the plan (the pool floor, the yearly project count).</summary>
    public int? BaselineYear { get; private set; }
    public decimal? BaselineValue { get; private set; }
    public int TargetYear { get; private set; }
    public decimal TargetValue { get; private set; }
    public string? Note { get; private set; }

    public void Set(int? baselineYear, decimal? baselineValue, int targetYear, decimal targetValue, string? note)
    {
        BaselineYear = baselineYear;
        BaselineValue = baselineValue;
        TargetYear = targetYear;
        TargetValue = targetValue;
        Note = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
    }
}
