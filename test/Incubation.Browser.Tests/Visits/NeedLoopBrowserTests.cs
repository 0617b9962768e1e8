using Incubation.Data;
using Incubation.Identity;
using Incubation.Infrastructure;
using Incubation.Lookups;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Incubation.Visits;

/// <summary>
/// The rest of the needs loop in a browser: a unit drags a need across its board, the bureau issues a reminder
/// letter and prints it, and a visit logged without network goes out when the network returns.
/// </summary>
public class NeedLoopBrowserTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private readonly TestData _data = new(browser.Host);

    [Fact]
    public async Task Should_accept_a_need_by_dragging_its_card_to_the_next_column()
    {
        var unit = await UnitAsync();
        var need = (await RaiseAsync(unit.Id, 1, ChinaTime.Today(TimeProvider.System))).Single();
        var officer = await _data.UserAsync(IncubationRoles.UnitOfficer, unitId: unit.Id);
        var page = await SignedInAsync(officer.UserName!, 1366, 900);

        await page.GotoAsync("/needs/board");
        var card = page.GetByTestId("board-column-Open").GetByTestId($"board-card-{need}");
        await BrowserFixture.ScreenshotOnFailureAsync(page, "board-drag-failed", async () =>
        {
            await DragAsync(page, card, page.GetByTestId("board-column-Accepted"));
            await Assertions.Expect(page.GetByTestId("board-column-Accepted").GetByTestId($"board-card-{need}")).ToBeVisibleAsync();
        });

        Assert.Equal(NeedStatus.Accepted, await StatusAsync(need));
        await page.ScreenshotAsync(new() { Path = Path.Combine(RepositoryPaths.Screenshots, "need-board-dragged.png") });
    }

    [Fact]
    public async Task Should_issue_a_reminder_letter_for_needs_overdue_at_the_half_year_end_and_print_it()
    {
        var unit = await UnitAsync();
        var (year, half, start) = LastEndedHalfYear();
        await RaiseAsync(unit.Id, 2, start.AddDays(10));
        var page = await SignedInAsync("admin", 1366, 900, IncubationWebApplicationFactory.AdminPassword);

        await page.GotoAsync("/reminder-letters");
        var row = page.Locator($"[data-testid=standing-row][data-unit-id='{unit.Id}']");
        await BrowserFixture.ScreenshotOnFailureAsync(page, "letters-standing-failed", async () =>
        {
            await Assertions.Expect(row).ToContainTextAsync("2");
            await Assertions.Expect(row.GetByTestId("standing-proposed")).ToBeVisibleAsync();
        });
        await page.ScreenshotAsync(new() { Path = Path.Combine(RepositoryPaths.Screenshots, "reminder-letters-standings.png"), FullPage = true });

        await row.GetByTestId($"standing-issue-{unit.Id}").ClickAsync();
        await page.Locator(".ant-popover .ant-btn-primary").ClickAsync();
        var letterRow = page.GetByTestId("letter-row").Filter(new() { HasText = unit.Name });
        await Assertions.Expect(letterRow).ToBeVisibleAsync();

        var letter = await browser.Host.WithServicesAsync(sp => sp.GetRequiredService<IRepository<ReminderLetter>>().Query()
            .SingleAsync(l => l.ResponsibleUnitId == unit.Id && l.Year == year && l.Half == half));
        var document = await page.Context.APIRequest.GetAsync($"/api/app/reminder-letters/{letter.Id}/document");
        Assert.Equal(200, document.Status);
        var html = await document.TextAsync();
        Assert.Contains(unit.Name, html, StringComparison.Ordinal);
        Assert.Contains(letter.Number, html, StringComparison.Ordinal);
        await page.GotoAsync($"/api/app/reminder-letters/{letter.Id}/document");
        await page.ScreenshotAsync(new() { Path = Path.Combine(RepositoryPaths.Screenshots, "reminder-letter-document.png"), FullPage = true });
    }

    [Fact]
    public async Task Should_keep_a_visit_logged_offline_and_send_it_when_the_network_returns()
    {
        var name = "离线走访科技有限公司" + Guid.NewGuid().ToString("N")[..4];
        var enterprise = await _data.EnterpriseAsync(name: name, subDistrictCode: TestData.SubDistrictA);
        var street = await _data.UserAsync(IncubationRoles.StreetOfficer, subDistrictCode: TestData.SubDistrictA);
        var phone = await SignedInAsync(street.UserName!, 390, 844);

        await phone.GotoAsync("/visits/new");
        await phone.GetByTestId("visit-enterprise").ClickAsync();
        await phone.Keyboard.TypeAsync(name[..6]);
        await phone.Locator("nz-option-item", new() { HasText = name }).ClickAsync();
        await phone.Context.SetOfflineAsync(true);
        await phone.GetByTestId("visit-submit").ClickAsync();

        await BrowserFixture.ScreenshotOnFailureAsync(phone, "visit-offline-failed", () =>
            Assertions.Expect(phone.GetByTestId("visit-kept-offline")).ToBeVisibleAsync());
        await Assertions.Expect(phone.GetByTestId("visit-pending")).ToBeVisibleAsync();
        await phone.ScreenshotAsync(new() { Path = Path.Combine(RepositoryPaths.Screenshots, "visit-kept-offline-phone.png"), FullPage = true });
        Assert.Equal(0, await VisitCountAsync(enterprise.Id));

        await phone.Context.SetOfflineAsync(false);
        await BrowserFixture.ScreenshotOnFailureAsync(phone, "visit-resent-failed", () =>
            Assertions.Expect(phone.GetByTestId("visit-pending")).ToHaveCountAsync(0, new() { Timeout = 20_000 }));
        Assert.Equal(1, await VisitCountAsync(enterprise.Id));
    }

    private async Task<IPage> SignedInAsync(string userName, int width, int height, string? password = null)
    {
        var page = await browser.NewPageAsync(width, height, "zh-CN");
        await page.GotoAsync("/login");
        await BrowserFixture.SignInAsync(page, userName, password ?? IncubationWebApplicationFactory.UserPassword);
        await page.WaitForURLAsync(url => !url.Contains("/login", StringComparison.Ordinal));
        return page;
    }

    /// <summary>CDK drag-and-drop follows pointer moves, so move in steps rather than jump.</summary>
    private static async Task DragAsync(IPage page, ILocator source, ILocator target)
    {
        var from = (await source.BoundingBoxAsync())!;
        var to = (await target.BoundingBoxAsync())!;
        await page.Mouse.MoveAsync(from.X + (from.Width / 2), from.Y + (from.Height / 2));
        await page.Mouse.DownAsync();
        await page.Mouse.MoveAsync(from.X + (from.Width / 2) + 10, from.Y + (from.Height / 2) + 10, new() { Steps = 5 });
        await page.Mouse.MoveAsync(to.X + (to.Width / 2), to.Y + 60, new() { Steps = 20 });
        await page.Mouse.UpAsync();
    }

    /// <summary>The half-year the letters page opens on: the last one that has ended (China time).</summary>
    private static (int Year, int Half, DateOnly Start) LastEndedHalfYear()
    {
        var today = ChinaTime.Today(TimeProvider.System);
        return today.Month <= 6 ? (today.Year - 1, 2, new DateOnly(today.Year - 1, 7, 1)) : (today.Year, 1, new DateOnly(today.Year, 1, 1));
    }

    private Task<ResponsibleUnit> UnitAsync() =>
        browser.Host.WithServicesAsync(async sp =>
        {
            var unit = new ResponsibleUnit(Guid.CreateVersion7(), "测试责任单位" + Guid.NewGuid().ToString("N")[..6], "bureau");
            sp.GetRequiredService<IRepository<ResponsibleUnit>>().Add(unit);
            await sp.GetRequiredService<IUnitOfWork>().SaveChangesAsync(CancellationToken.None);
            return unit;
        });

    /// <summary>Needs raised on <paramref name="raisedOn"/>, due ten days later, addressed to the unit.</summary>
    private async Task<List<Guid>> RaiseAsync(Guid unitId, int count, DateOnly raisedOn)
    {
        var enterprise = await _data.EnterpriseAsync();
        return await browser.Host.WithServicesAsync(async sp =>
        {
            var repository = sp.GetRequiredService<IRepository<Need>>();
            var actor = new NeedActor(null, "test", ChinaTime.StartOfDayUtc(raisedOn).AddHours(2));
            var needs = Enumerable.Range(0, count).Select(i => Need.Raise(enterprise.Id, null, NeedSource.Portal, NeedCategory.Policy,
                "需要政策解读 " + i, false, unitId, raisedOn, raisedOn.AddDays(10), actor)).ToList();
            needs.ForEach(repository.Add);
            await sp.GetRequiredService<IUnitOfWork>().SaveChangesAsync(CancellationToken.None);
            return needs.Select(n => n.Id).ToList();
        });
    }

    private Task<NeedStatus> StatusAsync(Guid needId) =>
        browser.Host.WithServicesAsync(sp => sp.GetRequiredService<IRepository<Need>>().Query()
            .IgnoreQueryFilters().Where(n => n.Id == needId).Select(n => n.Status).SingleAsync());

    private Task<int> VisitCountAsync(Guid enterpriseId) =>
        browser.Host.WithServicesAsync(sp => sp.GetRequiredService<IRepository<Visit>>().Query()
            .IgnoreQueryFilters().CountAsync(v => v.EnterpriseId == enterpriseId));
}
