namespace Incubation;

/// <summary>A clock a test sets by hand; it tells the real time until it is set.</summary>
public sealed class FakeClock : TimeProvider
{
    private DateTimeOffset? _now;

    public override DateTimeOffset GetUtcNow() => _now ?? System.GetUtcNow();

    /// <summary>Sets the clock to a moment of a day in China time (the district's days).</summary>
    public void SetChinaTime(DateOnly day, int hour = 10) =>
        _now = new DateTimeOffset(day.ToDateTime(new TimeOnly(hour, 0)), ChinaTime.Offset).ToUniversalTime();

    public void Reset() => _now = null;
}
