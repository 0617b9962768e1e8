using System.Globalization;
using Incubation.Data;

namespace Incubation.Calendar;

/// <summary>
/// Due dates by the 2025–2026 State Council arrangements (the shipped reference file). Each expected date is counted
/// by hand in the comment beside it.
/// </summary>
public class WorkingDayCalendarTests
{
    private static readonly WorkingDayCalendar Official = new(
        ReferenceData.PublicHolidays().ToDictionary(r => r.Date, r => r.Kind));

    private static readonly WorkingDayCalendar PlainWeeks = new(new Dictionary<DateOnly, CalendarDayKind>());

    private static DateOnly D(string date) => DateOnly.ParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    [Theory]
    [InlineData("2026-03-13", 1, "2026-03-16")] // Fri → Sat, Sun skipped → Mon
    [InlineData("2026-03-13", 3, "2026-03-18")] // Mon 16, Tue 17, Wed 18
    [InlineData("2026-03-14", 5, "2026-03-20")] // from a Saturday: Mon 16 … Fri 20
    public void Should_skip_weekends(string start, int workingDays, string expected) =>
        Assert.Equal(D(expected), PlainWeeks.AddWorkingDays(D(start), workingDays));

    [Fact]
    public void Should_take_no_day_of_the_2026_spring_festival_and_work_both_make_up_saturdays()
    {
        for (var day = D("2026-02-15"); day <= D("2026-02-23"); day = day.AddDays(1))
        {
            Assert.False(Official.IsWorkingDay(day), $"{day:yyyy-MM-dd} is part of 春节");
        }

        Assert.True(Official.IsWorkingDay(D("2026-02-14"))); // Saturday, made up
        Assert.True(Official.IsWorkingDay(D("2026-02-28"))); // Saturday, made up
        Assert.True(Official.IsWorkingDay(D("2026-02-24"))); // first Tuesday back
        Assert.False(Official.IsWorkingDay(D("2026-03-07"))); // an ordinary Saturday
    }

    [Fact]
    public void Should_take_no_day_of_the_2026_national_day_holiday()
    {
        for (var day = D("2026-10-01"); day <= D("2026-10-07"); day = day.AddDays(1))
        {
            Assert.False(Official.IsWorkingDay(day), $"{day:yyyy-MM-dd} is part of 国庆");
        }

        Assert.True(Official.IsWorkingDay(D("2026-09-20"))); // Sunday, made up
        Assert.True(Official.IsWorkingDay(D("2026-10-10"))); // Saturday, made up
        Assert.False(Official.IsWorkingDay(D("2026-10-11"))); // the Sunday after stays off
    }

    [Theory]
    [InlineData("2026-02-13", 1, "2026-02-14")]  // Fri → the make-up Saturday 2-14 counts
    [InlineData("2026-02-13", 3, "2026-02-25")]  // Sat 14 (1); 15–23 春节; Tue 24 (2), Wed 25 (3)
    [InlineData("2026-02-13", 15, "2026-03-12")] // 14 (1), 24–27 (2–5), Sat 28 (6), Mar 2–6 (7–11), Mar 9–12 (12–15)
    [InlineData("2026-09-30", 1, "2026-10-08")]  // 10-1…10-7 国庆 → Thu 10-8
    [InlineData("2025-01-24", 1, "2025-01-26")]  // Fri → Sat 25 off → the make-up Sunday 1-26
    [InlineData("2025-09-30", 3, "2025-10-11")]  // 10-1…10-8 国庆+中秋; Thu 9 (1), Fri 10 (2), make-up Sat 11 (3)
    public void Should_count_make_up_days_and_skip_holidays(string start, int workingDays, string expected) =>
        Assert.Equal(D(expected), Official.AddWorkingDays(D(start), workingDays));

    [Fact]
    public void Should_cross_mid_autumn_a_make_up_sunday_and_national_day_in_fifteen_working_days()
    {
        // From Fri 2026-09-18: Sun 20 made up (1); Mon 21 – Thu 24 (2–5); 25–27 中秋; Mon 28 – Wed 30 (6–8);
        // 10-1…10-7 国庆; Thu 8 (9), Fri 9 (10), Sat 10 made up (11); Sun 11 off; Mon 12 – Thu 15 (12–15).
        Assert.Equal(D("2026-10-15"), Official.AddWorkingDays(D("2026-09-18"), 15));
    }

    [Fact]
    public void Should_return_the_start_itself_for_zero_working_days_even_on_a_holiday() =>
        Assert.Equal(D("2026-02-16"), Official.AddWorkingDays(D("2026-02-16"), 0));

    [Fact]
    public void Should_refuse_a_negative_number_of_working_days() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => Official.AddWorkingDays(D("2026-02-16"), -1));

    [Theory]
    [InlineData("2026-09-18", "2026-10-15", 15)] // the inverse of the fifteen-day due date above
    [InlineData("2026-02-13", "2026-02-24", 2)]  // Sat 14 made up, Tue 24
    [InlineData("2026-09-30", "2026-10-07", 0)]  // all 国庆
    [InlineData("2026-03-13", "2026-03-13", 0)]  // empty span
    [InlineData("2026-03-20", "2026-03-13", 0)]  // backwards span
    public void Should_count_working_days_after_the_start_up_to_the_end(string fromExclusive, string toInclusive, int expected) =>
        Assert.Equal(expected, Official.CountWorkingDays(D(fromExclusive), D(toInclusive)));

    [Fact]
    public void Should_load_a_window_wide_enough_for_fifteen_working_days_over_national_day()
    {
        var end = WorkingDayCalendar.DueDateWindowEnd(D("2026-09-18"), 15);
        Assert.True(end >= D("2026-10-15"));
        Assert.Equal(D("2026-09-18").AddDays(15 * 3 + 30), end);
    }
}
