using Microsoft.EntityFrameworkCore;

namespace Incubation.Planning;

/// <summary>Sums the rows of <see cref="IndicatorContributions"/> in the database, one query per indicator.</summary>
public sealed class IndicatorCalculator(IndicatorContributions contributions) : IIndicatorCalculator
{
    public async Task<decimal> ComputeAsync(Indicator indicator, DateOnly asOf, CancellationToken cancellationToken = default) =>
        await contributions.For(indicator, asOf).SumAsync(c => c.Value, cancellationToken);

    public async Task<IReadOnlyDictionary<Indicator, decimal>> ComputeAllAsync(DateOnly asOf, CancellationToken cancellationToken = default)
    {
        var values = new Dictionary<Indicator, decimal>();
        foreach (var indicator in Enum.GetValues<Indicator>())
        {
            values[indicator] = await ComputeAsync(indicator, asOf, cancellationToken);
        }

        return values;
    }
}
