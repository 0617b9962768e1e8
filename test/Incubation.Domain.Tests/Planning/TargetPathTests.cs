namespace Incubation.Planning;

public class TargetPathTests
{
    private static readonly Target HighTech = new(Guid.NewGuid(), Indicator.HighTechEnterprises, 2022, 111, 2025, 220, null);

    [Fact]
    public void Should_expect_the_straight_line_from_the_baseline_year_end_to_the_target_year_end()
    {
        Assert.Equal(111m, TargetPath.ExpectedOn(HighTech, new DateOnly(2022, 12, 31)));
        Assert.Equal(220m, TargetPath.ExpectedOn(HighTech, new DateOnly(2025, 12, 31)));
        Assert.Equal(111m + (109m * 366 / 1096), TargetPath.ExpectedOn(HighTech, new DateOnly(2024, 1, 1))!.Value, 10);
        Assert.Equal(111m, TargetPath.ExpectedOn(HighTech, new DateOnly(2020, 1, 1)));
    }

    [Fact]
    public void Should_say_ahead_behind_met_and_missed()
    {
        var mid = new DateOnly(2024, 6, 30);
        var expected = TargetPath.ExpectedOn(HighTech, mid)!.Value;

        Assert.Equal(PathStatus.Ahead, TargetPath.Read(HighTech, TargetShape.Level, mid, expected + 1, []).Status);
        Assert.Equal(PathStatus.Behind, TargetPath.Read(HighTech, TargetShape.Level, mid, expected - 1, []).Status);
        Assert.Equal(PathStatus.Met, TargetPath.Read(HighTech, TargetShape.Level, mid, 220, []).Status);
        Assert.Equal(PathStatus.Missed, TargetPath.Read(HighTech, TargetShape.Level, new DateOnly(2026, 1, 10), 219, []).Status);
        Assert.Equal(PathStatus.NoTarget, TargetPath.Read(null, TargetShape.Level, mid, 5, []).Status);
    }

    [Fact]
    public void Should_project_the_trend_to_the_target_date_and_warn_when_it_falls_short()
    {
        // +10 a half-year: from 150 on 30 June 2024, 18 months on at that pace is about 180, short of 220.
        var trend = new List<TrendPoint>
        {
            new(new DateOnly(2023, 6, 30), 130), new(new DateOnly(2023, 12, 31), 140), new(new DateOnly(2024, 6, 30), 150),
        };

        var reading = TargetPath.Read(HighTech, TargetShape.Level, new DateOnly(2024, 6, 30), 150, trend);

        Assert.InRange(reading.Projected!.Value, 179m, 181m);
        Assert.True(reading.Warning);

        // The same pace with a steeper rise reaches the target: no warning.
        var steep = trend.Select(p => p with { Value = (p.Value - 150) * 5 + 150 }).ToList();
        Assert.False(TargetPath.Read(HighTech, TargetShape.Level, new DateOnly(2024, 6, 30), 150, steep).Warning);

        // Certificates lapsing without renewal lower the projection by as many.
        var lowered = TargetPath.Read(HighTech, TargetShape.Level, new DateOnly(2024, 6, 30), 150, steep, adjustment: -100);
        Assert.True(lowered.Warning);
    }

    [Fact]
    public void Should_read_a_floor_and_a_yearly_amount()
    {
        var pool = new Target(Guid.NewGuid(), Indicator.PoolSize, null, null, 2025, 120, null);
        Assert.Equal(PathStatus.Met, TargetPath.Read(pool, TargetShape.Floor, new DateOnly(2025, 3, 1), 125, []).Status);
        var below = TargetPath.Read(pool, TargetShape.Floor, new DateOnly(2025, 3, 1), 119, []);
        Assert.Equal((PathStatus.Behind, true), (below.Status, below.Warning));

        var projects = new Target(Guid.NewGuid(), Indicator.TechTransferProjectsFunded, null, null, 2025, 10, null);
        var july = TargetPath.Read(projects, TargetShape.PerYear, new DateOnly(2025, 7, 2), 6, []);
        Assert.Equal(PathStatus.Ahead, july.Status);       // 6 ≥ 10 × 183/365
        Assert.False(july.Warning);                        // on pace for about 12
        Assert.Equal(PathStatus.Behind, TargetPath.Read(projects, TargetShape.PerYear, new DateOnly(2025, 7, 2), 4, []).Status);
    }
}

public class HalfYearEndsTests
{
    [Fact]
    public void Should_list_the_half_year_ends_between_two_days()
    {
        Assert.Equal(
            [new DateOnly(2022, 12, 31), new DateOnly(2023, 6, 30), new DateOnly(2023, 12, 31)],
            HalfYearEnds.Since(new DateOnly(2022, 12, 31), new DateOnly(2024, 6, 30)));
        Assert.Equal(
            [new DateOnly(2023, 12, 31), new DateOnly(2024, 6, 30)],
            HalfYearEnds.Before(new DateOnly(2024, 9, 1), 2));
        Assert.Equal([new DateOnly(2024, 6, 30)], HalfYearEnds.Before(new DateOnly(2024, 12, 31), 1));
    }
}
