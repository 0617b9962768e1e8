using System.Net;
using Incubation.Data;
using Incubation.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Incubation.Calendar;

/// <summary>Each test writes its own dates (2030, a year the seed does not hold; 2025 for the re-seed), so the tests share one database.</summary>
public class CalendarApiTests(IncubationWebApplicationFactory factory) : IClassFixture<IncubationWebApplicationFactory>
{
    private const string Api = "/api/app/calendar";
    private readonly TestData _data = new(factory);

    [Fact]
    public async Task Should_let_the_admin_add_change_and_delete_a_day_and_read_it_back()
    {
        using var admin = await _data.AdminClientAsync();

        var created = await admin.ReadAsync<CalendarDayDto>(await admin.PutAsync($"{Api}/days",
            new { date = "2030-05-06", kind = "Holiday", name = "Test holiday" }));
        var year = await admin.GetFromJsonAsync<List<CalendarDayDto>>($"{Api}/years/2030");
        Assert.Equal(created, Assert.Single(year, d => d.Date == new DateOnly(2030, 5, 6)));

        var changed = await admin.ReadAsync<CalendarDayDto>(await admin.PutAsync($"{Api}/days",
            new { date = "2030-05-06", kind = "Holiday", name = "Renamed", concurrencyStamp = created.ConcurrencyStamp }));
        Assert.Equal((created.Id, "Renamed"), (changed.Id, changed.Name));
        Assert.NotEqual(created.ConcurrencyStamp, changed.ConcurrencyStamp);

        using var deleted = await admin.DeleteAsync($"{Api}/days/{created.Id}");
        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        Assert.DoesNotContain(await admin.GetFromJsonAsync<List<CalendarDayDto>>($"{Api}/years/2030"), d => d.Id == created.Id);
    }

    [Fact]
    public async Task Should_answer_due_dates_by_the_seeded_holidays_to_any_signed_in_user()
    {
        using var manager = await _data.ClientForAsync(IncubationRoles.IncubatorManager);

        // From Fri 2026-09-18: the make-up Sunday 9-20 counts, 中秋 and 国庆 do not (see WorkingDayCalendarTests).
        Assert.Equal(new DateOnly(2026, 10, 15), await manager.GetFromJsonAsync<DateOnly>($"{Api}/due-date?from=2026-09-18&workingDays=15"));
        Assert.Equal(39, (await manager.GetFromJsonAsync<List<CalendarDayDto>>($"{Api}/years/2026")).Count);

        using var tooMany = await manager.GetAsync($"{Api}/due-date?from=2026-09-18&workingDays=61");
        Assert.Equal(HttpStatusCode.BadRequest, tooMany.StatusCode);
        Assert.Contains("\"workingDays\"", await tooMany.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        using var anonymous = factory.CreateApiClient();
        using var refused = await anonymous.GetAsync($"{Api}/due-date?from=2026-09-18&workingDays=15");
        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
    }

    [Fact]
    public async Task Should_refuse_changes_by_a_user_without_the_calendar_permission()
    {
        using var manager = await _data.ClientForAsync(IncubationRoles.IncubatorManager);
        using var response = await manager.PutAsync($"{Api}/days", new { date = "2030-05-07", kind = "Holiday", name = "Not mine" });
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Should_answer_409_to_a_stale_or_missing_concurrency_stamp()
    {
        using var admin = await _data.AdminClientAsync();
        var created = await admin.ReadAsync<CalendarDayDto>(await admin.PutAsync($"{Api}/days",
            new { date = "2030-05-09", kind = "Holiday", name = "First" }));
        await admin.ReadAsync<CalendarDayDto>(await admin.PutAsync($"{Api}/days",
            new { date = "2030-05-09", kind = "Holiday", name = "Second", concurrencyStamp = created.ConcurrencyStamp }));

        using var stale = await admin.PutAsync($"{Api}/days",
            new { date = "2030-05-09", kind = "Holiday", name = "Third", concurrencyStamp = created.ConcurrencyStamp });
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        using var blind = await admin.PutAsync($"{Api}/days", new { date = "2030-05-09", kind = "Holiday", name = "Third" });
        Assert.Equal(HttpStatusCode.Conflict, blind.StatusCode);
    }

    [Fact]
    public async Task Should_refuse_a_make_up_working_day_on_a_wednesday_with_a_field_error()
    {
        using var admin = await _data.AdminClientAsync();
        using var response = await admin.PutAsync($"{Api}/days", new { date = "2030-05-08", kind = "MakeUpWorkday", name = "Wednesday" });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("\"date\"", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_keep_a_seeded_day_the_admin_deleted_or_changed_when_seeding_again()
    {
        using var admin = await _data.AdminClientAsync();
        var seeded = await admin.GetFromJsonAsync<List<CalendarDayDto>>($"{Api}/years/2025");
        var newYear = Assert.Single(seeded, d => d.Date == new DateOnly(2025, 1, 1));
        var labourDay = Assert.Single(seeded, d => d.Date == new DateOnly(2025, 5, 1));
        using var deleted = await admin.DeleteAsync($"{Api}/days/{newYear.Id}");
        await admin.ReadAsync<CalendarDayDto>(await admin.PutAsync($"{Api}/days",
            new { date = "2025-05-01", kind = "Holiday", name = "Renamed", concurrencyStamp = labourDay.ConcurrencyStamp }));

        await factory.WithServicesAsync(async sp =>
        {
            await sp.GetRequiredService<DataSeeder>().SeedAsync(new DataSeedContext(false, null), CancellationToken.None);
            return true;
        });

        var reseeded = await admin.GetFromJsonAsync<List<CalendarDayDto>>($"{Api}/years/2025");
        Assert.Equal(seeded.Count - 1, reseeded.Count);
        Assert.DoesNotContain(reseeded, d => d.Date == newYear.Date);
        Assert.Equal("Renamed", Assert.Single(reseeded, d => d.Date == labourDay.Date).Name);
    }
}
