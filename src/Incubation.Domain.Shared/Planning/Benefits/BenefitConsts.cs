namespace Incubation.Planning.Benefits;

/// <summary>Limits of the benefits ledger (batch and note lengths are the columns' own, in PlanningConsts).</summary>
public static class BenefitConsts
{
    /// <summary>The earliest year of a grant the ledger keeps.</summary>
    public const int MinYear = PlanningConsts.MinYear;

    /// <summary>A sane ceiling for one grant to one enterprise, in yuan (¥100 million).</summary>
    public const decimal MaxAmount = 100_000_000m;
}
