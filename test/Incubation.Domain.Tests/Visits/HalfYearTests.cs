namespace Incubation.Visits;

public class HalfYearTests
{
    [Theory]
    [InlineData("2026-01-01", 2026, 1)]
    [InlineData("2026-06-30", 2026, 1)]
    [InlineData("2026-07-01", 2026, 2)]
    [InlineData("2026-12-31", 2026, 2)]
    public void Should_place_a_day_in_its_half_year(string day, int year, int half) =>
        Assert.Equal(new HalfYear(year, half), HalfYear.Of(DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public void Should_know_its_bounds_and_the_half_year_before_across_a_new_year()
    {
        var h1 = new HalfYear(2026, 1);
        Assert.Equal((new DateOnly(2026, 1, 1), new DateOnly(2026, 6, 30)), (h1.Start, h1.End));
        Assert.Equal(new HalfYear(2025, 2), h1.Previous);
        Assert.Equal(new HalfYear(2026, 1), new HalfYear(2026, 2).Previous);
    }

    [Fact]
    public void Should_count_days_in_china_time()
    {
        // 2026-06-30 17:00 UTC is already 1 July in Guiyang.
        Assert.Equal(new DateOnly(2026, 7, 1), ChinaTime.DateOf(new DateTime(2026, 6, 30, 17, 0, 0, DateTimeKind.Utc)));
        Assert.Equal(new DateTime(2026, 6, 30, 16, 0, 0, DateTimeKind.Utc), ChinaTime.StartOfDayUtc(new DateOnly(2026, 7, 1)));
    }
}
