using Incubation.Data;
using Incubation.Identity;
using Incubation.Infrastructure;
using Incubation.Lookups;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Incubation.Visits;

/// <summary>
/// A street officer logs a visit with two needs on a phone; the unit answers one on a desktop; the officer confirms
/// it and sees the closed-needs figure move.
/// </summary>
public class VisitBrowserTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task Should_log_a_visit_with_two_needs_on_a_phone_and_follow_one_to_closure()
    {
        var data = new TestData(browser.Host);
        var name = "走访测试科技有限公司" + Guid.NewGuid().ToString("N")[..4];
        var enterprise = await data.EnterpriseAsync(name: name, subDistrictCode: TestData.SubDistrictA);
        var units = await browser.Host.WithServicesAsync(sp =>
            sp.GetRequiredService<IRepository<ResponsibleUnit>>().Query().OrderBy(u => u.Name).Take(2).ToListAsync());
        var street = await data.UserAsync(IncubationRoles.StreetOfficer, subDistrictCode: TestData.SubDistrictA);
        var unitOfficer = await data.UserAsync(IncubationRoles.UnitOfficer, unitId: units[0].Id);

        var phone = await browser.NewPageAsync(390, 844, "zh-CN");
        await phone.GotoAsync("/login");
        await BrowserFixture.SignInAsync(phone, street.UserName!, IncubationWebApplicationFactory.UserPassword);
        await phone.WaitForURLAsync(url => !url.Contains("/login", StringComparison.Ordinal));
        await phone.GotoAsync("/visits");
        var closedBefore = 0;
        await BrowserFixture.ScreenshotOnFailureAsync(phone, "visit-kpis-before-failed", async () => closedBefore = await KpiAsync(phone, "kpi-needs-closed"));

        await phone.GotoAsync("/visits/new");
        await phone.GetByTestId("visit-enterprise").ClickAsync();
        await phone.Keyboard.TypeAsync(name[..6]);
        await phone.Locator("nz-option-item", new() { HasText = name }).ClickAsync();
        await phone.GetByTestId("visit-attendee-name-0").Or(phone.GetByTestId("visit-add-attendee")).First.WaitForAsync();
        await AddNeedAsync(phone, 0, "资金与融资", "希望对接科技贷款贴息", units[0].Name);
        await AddNeedAsync(phone, 1, "技术需求", "芯片封装工艺需要联合攻关", units[1].Name);
        await phone.ScreenshotAsync(new() { Path = Path.Combine(RepositoryPaths.Screenshots, "visit-form-phone.png"), FullPage = true });
        await phone.GetByTestId("visit-submit").ClickAsync();
        await BrowserFixture.ScreenshotOnFailureAsync(phone, "visit-detail-failed", () =>
            Assertions.Expect(phone.Locator("[data-testid^=visit-need-link-]")).ToHaveCountAsync(2));
        await phone.ScreenshotAsync(new() { Path = Path.Combine(RepositoryPaths.Screenshots, "visit-detail-phone.png"), FullPage = true });

        var needId = await browser.Host.WithServicesAsync(sp => sp.GetRequiredService<IRepository<Need>>().Query()
            .Where(n => n.EnterpriseId == enterprise.Id && n.ResponsibleUnitId == units[0].Id).Select(n => n.Id).SingleAsync());

        var desk = await browser.NewPageAsync(1366, 900, "zh-CN");
        await desk.GotoAsync("/login");
        await BrowserFixture.SignInAsync(desk, unitOfficer.UserName!, IncubationWebApplicationFactory.UserPassword);
        await desk.WaitForURLAsync(url => !url.Contains("/login", StringComparison.Ordinal));
        await desk.GotoAsync($"/needs/{needId}");
        await BrowserFixture.ScreenshotOnFailureAsync(desk, "need-unit-failed", () => desk.GetByTestId("need-action-Accept").ClickAsync());
        await ConfirmModalIfShownAsync(desk);
        await desk.GetByTestId("need-action-Resolve").ClickAsync();
        await desk.GetByTestId("need-action-text").FillAsync("已对接两家银行，贴息申请已受理");
        await desk.Locator(".ant-modal-footer .ant-btn-primary").ClickAsync();
        await BrowserFixture.ScreenshotOnFailureAsync(desk, "need-resolved-failed", () =>
            Assertions.Expect(desk.GetByTestId("need-status")).ToContainTextAsync("已答复"));
        await desk.ScreenshotAsync(new() { Path = Path.Combine(RepositoryPaths.Screenshots, "need-detail-unit.png"), FullPage = true });

        // The unit's board shows the other unit's need nowhere and its own in the answered column.
        await desk.GotoAsync("/needs/board");
        await Assertions.Expect(desk.GetByTestId($"board-card-{needId}")).ToBeVisibleAsync();
        await Assertions.Expect(desk.GetByTestId("board-column-Resolved").GetByTestId($"board-card-{needId}")).ToBeVisibleAsync();
        await desk.GetByTestId("notification-bell").ClickAsync();
        await Assertions.Expect(desk.GetByTestId("notification-list")).ToContainTextAsync(name);
        await desk.ScreenshotAsync(new() { Path = Path.Combine(RepositoryPaths.Screenshots, "need-board-unit.png"), FullPage = true });

        await phone.GotoAsync($"/needs/{needId}");
        await phone.GetByTestId("need-action-Confirm").ClickAsync();
        await phone.GetByTestId("need-action-rating").Locator("li").Nth(4).ClickAsync();
        await phone.Locator(".ant-modal-footer .ant-btn-primary").ClickAsync();
        await Assertions.Expect(phone.GetByTestId("need-status")).ToContainTextAsync("已办结");

        await phone.GotoAsync("/visits");
        await BrowserFixture.ScreenshotOnFailureAsync(phone, "visit-kpis-failed", () =>
            Assertions.Expect(phone.GetByTestId("kpi-needs-closed")).ToContainTextAsync((closedBefore + 1).ToString(System.Globalization.CultureInfo.InvariantCulture)));
        await phone.ScreenshotAsync(new() { Path = Path.Combine(RepositoryPaths.Screenshots, "visit-kpis-phone.png"), FullPage = true });
    }

    private static async Task AddNeedAsync(IPage page, int index, string category, string description, string unit)
    {
        await page.GetByTestId("visit-add-need").ClickAsync();
        await page.GetByTestId($"visit-need-category-{index}").ClickAsync();
        await page.Locator("nz-option-item", new() { HasText = category }).ClickAsync();
        await page.GetByTestId($"visit-need-description-{index}").FillAsync(description);
        await page.GetByTestId($"visit-need-unit-{index}").ClickAsync();
        await page.Locator("nz-option-item", new() { HasText = unit }).Last.ClickAsync();
    }

    private static async Task ConfirmModalIfShownAsync(IPage page)
    {
        var ok = page.Locator(".ant-modal-footer .ant-btn-primary");
        try
        {
            await ok.WaitForAsync(new() { Timeout = 1500 });
            await ok.ClickAsync();
        }
        catch (TimeoutException)
        {
            // Accept runs at once, without a dialog.
        }

        await Assertions.Expect(page.GetByTestId("need-action-Resolve")).ToBeVisibleAsync();
    }

    private static async Task<int> KpiAsync(IPage page, string testId)
    {
        var text = await page.GetByTestId(testId).InnerTextAsync();
        var digits = new string(text.Where(char.IsDigit).ToArray());
        return digits.Length == 0 ? 0 : int.Parse(digits, System.Globalization.CultureInfo.InvariantCulture);
    }
}
