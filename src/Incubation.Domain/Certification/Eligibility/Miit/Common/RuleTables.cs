namespace Incubation.Certification.Eligibility.Miit;

/// <summary>One threshold of a rule table: the criterion it decides, where it comes from, and its value.</summary>
internal sealed record Threshold(string Code, string Source, decimal Value);

/// <summary>An item the rules leave to experts (or to a fact the engine does not hold); scored items carry a range.</summary>
internal sealed record ExpertItem(string Code, string Source, decimal MinPoints = 0, decimal MaxPoints = 0);

/// <summary>Values at or beyond <see cref="From"/> earn <see cref="Points"/>.</summary>
internal sealed record ScoreBand(decimal From, decimal Points);

/// <summary>
/// A scored indicator with its bands, best first; a value below (or, when lower is better, above) every band earns 0.
/// A value exactly on an edge earns the better band: the reposts do not say whether "5%以上" includes 5 %, and the
/// Chinese regulatory convention "以上/以下 含本数" puts an exact boundary in the higher band (domain-rules §3.1 note).
/// Where lower is better (the debt ratio) the higher band is the one with more points, so its upper edge is
/// inclusive: exactly 55 % still earns the "<55 %" points.
/// </summary>
internal sealed record BandedIndicator(string Code, string Source, MeasureUnit Unit, bool HigherIsBetter, IReadOnlyList<ScoreBand> Bands)
{
    public decimal Of => Bands.Max(b => b.Points);

    public decimal PointsFor(decimal value) => Bands.FirstOrDefault(b => Reaches(value, b.From))?.Points ?? 0m;

    /// <summary>The next band above the points already earned, or null at the top.</summary>
    public ScoreBand? NextAbove(decimal points) => Bands.Where(b => b.Points > points).MinBy(b => b.Points);

    private bool Reaches(decimal value, decimal edge) => HigherIsBetter ? value >= edge : value <= edge;
}

/// <summary>
/// Points for the IP indicator by the best class of IP held. "Ⅰ类高价值" is judged by experts, so any Ⅰ类 IP
/// gives a range up to <see cref="HighValue"/>.
/// </summary>
internal sealed record IpPoints(string Code, string Source, decimal HighValue, decimal SelfDeveloped, decimal Class1, decimal Class2);
