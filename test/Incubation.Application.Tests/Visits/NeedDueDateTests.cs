using Incubation.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Incubation.Visits;

/// <summary>Due dates count working days on the maintained calendar (2026 国庆 and its make-up days).</summary>
public class NeedDueDateTests(ApplicationTestFactory factory) : IClassFixture<ApplicationTestFactory>
{
    private readonly VisitTestData _data = new(factory);

    [Theory]
    [InlineData("2026-09-30", NeedCategory.Policy, "2026-10-08")]   // 1 working day: over the whole 国庆 week
    [InlineData("2026-09-18", NeedCategory.Funding, "2026-10-15")]  // 15: the 9-20 make-up Sunday counts, 中秋 and 国庆 do not
    [InlineData("2026-03-06", NeedCategory.Other, "2026-03-11")]    // 3: over a weekend
    public async Task Should_set_the_due_date_in_working_days_from_the_category(string raisedOn, NeedCategory category, string due)
    {
        factory.Clock.SetChinaTime(DateOnly.Parse(raisedOn, System.Globalization.CultureInfo.InvariantCulture));
        var need = await _data.RaiseAsync(await _data.AdminAsync(), (await _data.UnitAsync()).Id, category);
        Assert.Equal(DateOnly.Parse(due, System.Globalization.CultureInfo.InvariantCulture), need.DueDate);
    }

    [Fact]
    public async Task Should_reset_the_due_date_by_rule_when_transferred()
    {
        var admin = await _data.AdminAsync();
        factory.Clock.SetChinaTime(new DateOnly(2026, 3, 2));
        var need = await _data.RaiseAsync(admin, (await _data.UnitAsync()).Id, NeedCategory.Other);
        Assert.Equal(new DateOnly(2026, 3, 5), need.DueDate);

        factory.Clock.SetChinaTime(new DateOnly(2026, 3, 13)); // a Friday
        var other = await _data.UnitAsync();
        var transferred = await factory.AsUserAsync(admin, IncubationRoles.BureauAdmin, sp => sp.GetRequiredService<INeedAppService>().ActAsync(need.Id,
            new NeedActionDto { Action = NeedAction.Transfer, ConcurrencyStamp = need.ConcurrencyStamp, Text = "属于其他单位职责", UnitId = other.Id },
            CancellationToken.None));
        Assert.Equal((NeedStatus.Open, other.Id, new DateOnly(2026, 3, 18)), (transferred.Status, transferred.ResponsibleUnitId, transferred.DueDate));
        Assert.Equal(NeedEventKind.Transferred, transferred.Events[^1].Kind);
    }
}
