namespace Incubation.Certification;

public class EligibilityProfileTests
{
    [Theory]
    [InlineData("2024-01-01", "2026-06-30", 2.0)]
    [InlineData("2024-01-02", "2026-06-30", 1.9)]
    [InlineData("2023-01-01", "2026-01-01", 3.0)]
    [InlineData("2026-03-01", "2026-06-30", 0.0)]
    public void Should_count_years_in_the_segment_market_up_to_the_end_of_the_previous_year(string since, string asOf, double expected)
    {
        var profile = new EligibilityProfile(Guid.NewGuid());
        profile.Update(DateOnly.Parse(since, System.Globalization.CultureInfo.InvariantCulture), null, null, null);
        Assert.Equal((decimal)expected, profile.SegmentMarketYears(DateOnly.Parse(asOf, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void Should_leave_the_years_unknown_without_a_start_date()
    {
        Assert.Null(new EligibilityProfile(Guid.NewGuid()).SegmentMarketYears(new DateOnly(2026, 6, 30)));
    }
}
