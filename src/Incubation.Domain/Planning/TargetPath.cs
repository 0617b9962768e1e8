namespace Incubation.Planning;

/// <summary>One point of an indicator's history: its value at the end of a half-year (or on the chosen date).</summary>
public readonly record struct TrendPoint(DateOnly Date, decimal Value);

/// <summary>An indicator read against its target: the value the straight path expects today, the status, the projection.</summary>
public sealed record PathReading(decimal? Expected, PathStatus Status, decimal? Projected, bool Warning);

/// <summary>
/// The arithmetic of "are we on track": the straight line from the baseline (end of the baseline year) to the target
/// (end of the target year), the year's pro-rata share for yearly targets, and the projection of the trend to the
/// target date (least squares over the half-year points) that drives the early warning.
/// </summary>
public static class TargetPath
{
    public static DateOnly YearEnd(int year) => new(year, 12, 31);

    /// <summary>The value the straight path from baseline to target expects on a date; null without a baseline.</summary>
    public static decimal? ExpectedOn(Target target, DateOnly date)
    {
        if (target.BaselineYear is not { } baselineYear || target.BaselineValue is not { } baseline)
        {
            return null;
        }

        var start = YearEnd(baselineYear);
        var end = YearEnd(target.TargetYear);
        if (end <= start)
        {
            return target.TargetValue;
        }

        var fraction = Math.Clamp((decimal)(date.DayNumber - start.DayNumber) / (end.DayNumber - start.DayNumber), 0m, 1m);
        return baseline + ((target.TargetValue - baseline) * fraction);
    }

    /// <summary>
    /// Reads a value on <paramref name="asOf"/> against its target. <paramref name="adjustment"/> is added to the
    /// projection (for 高企: minus the certificates that lapse before the target date without a renewal pipeline).
    /// </summary>
    public static PathReading Read(Target? target, TargetShape shape, DateOnly asOf, decimal value, IReadOnlyList<TrendPoint> trend, decimal adjustment = 0)
    {
        if (target is null)
        {
            return new PathReading(null, PathStatus.NoTarget, null, false);
        }

        return shape switch
        {
            TargetShape.Floor => ReadFloor(target, asOf, value, trend, adjustment),
            TargetShape.PerYear => ReadPerYear(target, asOf, value),
            _ => ReadLevel(target, asOf, value, trend, adjustment),
        };
    }

    private static PathReading ReadLevel(Target target, DateOnly asOf, decimal value, IReadOnlyList<TrendPoint> trend, decimal adjustment)
    {
        var end = YearEnd(target.TargetYear);
        if (asOf >= end)
        {
            var reached = value >= target.TargetValue;
            return new PathReading(target.TargetValue, reached ? PathStatus.Met : PathStatus.Missed, null, !reached);
        }

        var expected = ExpectedOn(target, asOf);
        var projected = Project(trend, asOf, value, end) + adjustment;
        var status = value >= target.TargetValue ? PathStatus.Met
            : expected is { } onPath && value >= onPath ? PathStatus.Ahead
            : PathStatus.Behind;
        return new PathReading(expected, status, projected, projected < target.TargetValue);
    }

    private static PathReading ReadFloor(Target target, DateOnly asOf, decimal value, IReadOnlyList<TrendPoint> trend, decimal adjustment)
    {
        var held = value >= target.TargetValue;
        var projected = Project(trend, asOf, value, YearEnd(Math.Max(target.TargetYear, asOf.Year))) + adjustment;
        return new PathReading(target.TargetValue, held ? PathStatus.Met : PathStatus.Behind, projected, !held || projected < target.TargetValue);
    }

    private static PathReading ReadPerYear(Target target, DateOnly asOf, decimal value)
    {
        var daysInYear = DateTime.IsLeapYear(asOf.Year) ? 366 : 365;
        var share = (decimal)asOf.DayOfYear / daysInYear;
        var expected = target.TargetValue * share;
        var projected = value / share;
        var status = value >= target.TargetValue ? PathStatus.Met : value >= expected ? PathStatus.Ahead : PathStatus.Behind;
        return new PathReading(expected, status, projected, projected < target.TargetValue);
    }

    /// <summary>
    /// The trend's value at <paramref name="end"/>: least squares over the points (dates in days), anchored at today's
    /// value so a noisy history cannot move the starting point. With fewer than two points, today's value.
    /// </summary>
    public static decimal Project(IReadOnlyList<TrendPoint> trend, DateOnly asOf, decimal value, DateOnly end)
    {
        if (trend.Count < 2)
        {
            return value;
        }

        var meanX = trend.Average(p => (decimal)p.Date.DayNumber);
        var meanY = trend.Average(p => p.Value);
        var sxx = trend.Sum(p => ((decimal)p.Date.DayNumber - meanX) * ((decimal)p.Date.DayNumber - meanX));
        if (sxx == 0)
        {
            return value;
        }

        var slopePerDay = trend.Sum(p => ((decimal)p.Date.DayNumber - meanX) * (p.Value - meanY)) / sxx;
        return value + (slopePerDay * (end.DayNumber - asOf.DayNumber));
    }
}
