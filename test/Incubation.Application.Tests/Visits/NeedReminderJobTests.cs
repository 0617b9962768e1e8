using Incubation.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Incubation.Visits;

public class NeedReminderJobTests(ApplicationTestFactory factory) : IClassFixture<ApplicationTestFactory>
{
    private readonly VisitTestData _data = new(factory);

    [Fact]
    public async Task Should_write_one_overdue_notice_per_officer_when_the_job_runs_twice_at_once()
    {
        var unit = await _data.UnitAsync();
        var officers = new[] { await _data.UnitOfficerAsync(unit.Id), await _data.UnitOfficerAsync(unit.Id) };
        factory.Clock.SetChinaTime(new DateOnly(2026, 3, 10));
        var need = await _data.RaiseAsync(await _data.AdminAsync(), unit.Id); // a policy need: due the next working day
        Assert.Equal(new DateOnly(2026, 3, 11), need.DueDate);

        var job = factory.Services.GetRequiredService<NeedReminderJob>();
        var overdueDay = new DateOnly(2026, 3, 13);
        await Task.WhenAll(
            Task.Run(() => job.RunAsync(overdueDay, CancellationToken.None)),
            Task.Run(() => job.RunAsync(overdueDay, CancellationToken.None)));
        await job.RunAsync(overdueDay, CancellationToken.None); // and a retry later that day

        var notices = await NoticesAsync(need.Id);
        foreach (var officer in officers)
        {
            Assert.Single(notices, n => n.RecipientUserId == officer.Id && n.Kind == NotificationKind.NeedOverdue);
            Assert.Single(notices, n => n.RecipientUserId == officer.Id && n.Kind == NotificationKind.NeedAssigned);
        }

        // The next day reminds again: one more notice each.
        await job.RunAsync(overdueDay.AddDays(1), CancellationToken.None);
        Assert.Equal(4, (await NoticesAsync(need.Id)).Count(n => n.Kind == NotificationKind.NeedOverdue));
    }

    [Fact]
    public async Task Should_remind_of_a_need_due_within_three_days_but_not_of_one_due_later_or_answered()
    {
        var unit = await _data.UnitAsync();
        var officer = await _data.UnitOfficerAsync(unit.Id);
        var admin = await _data.AdminAsync();
        factory.Clock.SetChinaTime(new DateOnly(2026, 3, 2));
        var soon = await _data.RaiseAsync(admin, unit.Id, NeedCategory.Other);    // 3 working days: 5 March
        var later = await _data.RaiseAsync(admin, unit.Id, NeedCategory.Funding); // 15 working days: 23 March
        var answered = await _data.RaiseAsync(admin, unit.Id, NeedCategory.Other);
        answered = await _data.ActAsync(admin, Identity.IncubationRoles.BureauAdmin, answered, NeedAction.Accept);
        await _data.ActAsync(admin, Identity.IncubationRoles.BureauAdmin, answered, NeedAction.Resolve, "已答复");

        await factory.Services.GetRequiredService<NeedReminderJob>().RunAsync(new DateOnly(2026, 3, 3), CancellationToken.None);

        Assert.Single(await NoticesAsync(soon.Id), n => n.Kind == NotificationKind.NeedDueSoon && n.RecipientUserId == officer.Id);
        Assert.DoesNotContain(await NoticesAsync(later.Id), n => n.Kind is NotificationKind.NeedDueSoon or NotificationKind.NeedOverdue);
        Assert.DoesNotContain(await NoticesAsync(answered.Id), n => n.Kind is NotificationKind.NeedDueSoon or NotificationKind.NeedOverdue);
    }

    private Task<List<Notification>> NoticesAsync(Guid needId) =>
        factory.WithServicesAsync(sp => sp.GetRequiredService<IRepository<Notification>>().Query().AsNoTracking()
            .Where(n => n.NeedId == needId).ToListAsync());
}
