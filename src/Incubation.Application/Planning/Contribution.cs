namespace Incubation.Planning;

/// <summary>
/// One row behind an indicator's value: an enterprise (or a platform, or a project) and what it adds. Built by the
/// queries of <see cref="IndicatorContributions"/>; totals, breakdowns and drill-downs are all taken from these rows,
/// so a number and the list behind it can never disagree.
/// </summary>
public sealed class Contribution
{
    /// <summary>The enterprise, platform or project.</summary>
    public Guid Id { get; init; }
    public string Name { get; init; } = string.Empty;

    /// <summary>The enterprise concerned (the host of a platform, the enterprise of a project); null for an institution's platform.</summary>
    public Guid? EnterpriseId { get; init; }
    public string SubDistrictCode { get; init; } = string.Empty;
    public Guid? IncubatorId { get; init; }
    public decimal Value { get; init; }

    /// <summary>What the value rests on: the fiscal year, or the certificate's expiry, or the approval date.</summary>
    public int? FiscalYear { get; init; }
    public DateOnly? Date { get; init; }
}
