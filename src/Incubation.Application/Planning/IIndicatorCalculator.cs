namespace Incubation.Planning;

/// <summary>
/// Computes the plan's indicators from verified data as of a date (end of that day, China time), within the caller's
/// data scope. The single source of every number the dashboard and the 半年通报 show.
/// </summary>
public interface IIndicatorCalculator
{
    Task<decimal> ComputeAsync(Indicator indicator, DateOnly asOf, CancellationToken cancellationToken = default);

    Task<IReadOnlyDictionary<Indicator, decimal>> ComputeAllAsync(DateOnly asOf, CancellationToken cancellationToken = default);
}
