namespace Incubation.Calendar;

public class CalendarDayTests
{
    private static readonly DateOnly Wednesday = new(2026, 3, 11);
    private static readonly DateOnly Saturday = new(2026, 3, 14);

    [Fact]
    public void Should_refuse_a_make_up_working_day_on_a_weekday()
    {
        Assert.Throws<ArgumentException>(() => new CalendarDay(Guid.NewGuid(), Wednesday, CalendarDayKind.MakeUpWorkday, "x"));
        var holiday = new CalendarDay(Guid.NewGuid(), Wednesday, CalendarDayKind.Holiday, "x");
        Assert.Throws<ArgumentException>(() => holiday.Change(CalendarDayKind.MakeUpWorkday, "x"));
        Assert.Equal(CalendarDayKind.Holiday, holiday.Kind);
    }

    [Fact]
    public void Should_allow_a_holiday_on_a_weekend_and_trim_its_name()
    {
        var day = new CalendarDay(Guid.NewGuid(), Saturday, CalendarDayKind.MakeUpWorkday, "a");
        day.Change(CalendarDayKind.Holiday, "  b  ");
        Assert.Equal((CalendarDayKind.Holiday, "b"), (day.Kind, day.Name));
    }
}
