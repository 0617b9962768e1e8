using Incubation.Data;

namespace Incubation.Calendar;

public class WorkingDayCalendarProviderTests
{
    [Fact]
    public async Task Should_load_only_the_days_of_the_window_into_the_calendar()
    {
        var repository = new ListRepository<CalendarDay>(
        [
            new CalendarDay(Guid.NewGuid(), new DateOnly(2026, 3, 10), CalendarDayKind.Holiday, "inside"),
            new CalendarDay(Guid.NewGuid(), new DateOnly(2026, 4, 1), CalendarDayKind.Holiday, "outside"),
        ]);
        var calendar = await new WorkingDayCalendarProvider(repository)
            .GetAsync(new DateOnly(2026, 3, 1), new DateOnly(2026, 3, 31), CancellationToken.None);
        Assert.False(calendar.IsWorkingDay(new DateOnly(2026, 3, 10)));
        Assert.True(calendar.IsWorkingDay(new DateOnly(2026, 4, 1)));
    }

    private sealed class ListRepository<T>(List<T> items) : IRepository<T>
        where T : class
    {
        public IQueryable<T> Query() => items.AsQueryable();

        public void Add(T entity) => items.Add(entity);

        public void Remove(T entity) => items.Remove(entity);
    }
}
