using Incubation.Data;

namespace Incubation.Calendar;

/// <summary>The shipped State Council arrangements (国办发明电〔2024〕12号 for 2025, 2025-11-04 notice for 2026).</summary>
public class PublicHolidayDataTests
{
    private static readonly IReadOnlyList<PublicHolidayRow> Rows = ReferenceData.PublicHolidays().ToList();

    [Fact]
    public void Should_put_every_make_up_working_day_on_a_saturday_or_sunday()
    {
        var makeUps = Rows.Where(r => r.Kind == CalendarDayKind.MakeUpWorkday).ToList();
        Assert.Equal(11, makeUps.Count); // 2025: 1-26, 2-8, 4-27, 9-28, 10-11; 2026: 1-4, 2-14, 2-28, 5-9, 9-20, 10-10
        Assert.All(makeUps, r => Assert.True(WorkingDayCalendar.IsWeekend(r.Date), $"{r.Date:yyyy-MM-dd} is a {r.Date.DayOfWeek}"));
    }

    [Fact]
    public void Should_list_no_date_twice() =>
        Assert.Empty(Rows.GroupBy(r => r.Date).Where(g => g.Count() > 1).Select(g => g.Key));

    [Theory]
    [InlineData(2025, 28)] // 元旦 1 + 春节 8 + 清明 3 + 劳动节 5 + 端午 3 + 国庆中秋 8
    [InlineData(2026, 33)] // 元旦 3 + 春节 9 + 清明 3 + 劳动节 5 + 端午 3 + 中秋 3 + 国庆 7
    public void Should_hold_every_holiday_day_of_the_year(int year, int holidayDays) =>
        Assert.Equal(holidayDays, Rows.Count(r => r.Date.Year == year && r.Kind == CalendarDayKind.Holiday));

    [Fact]
    public void Should_name_every_day_within_the_length_limit() =>
        Assert.All(Rows, r => Assert.InRange(r.Name.Length, 1, CalendarConsts.MaxNameLength));
}
