using Incubation.Identity;
using Incubation.Infrastructure;
using Microsoft.Playwright;

namespace Incubation.Cultivation;

/// <summary>An incubator manager proposes, the bureau admits and moves to 重点培育; both see it in their own browser.</summary>
public class CultivationPoolBrowserTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task Should_propose_admit_and_move_an_enterprise_and_show_it_on_the_roster_and_the_timeline()
    {
        var data = new TestData(browser.Host);
        var incubator = await data.IncubatorAsync();
        var name = "培育测试科技有限公司" + Guid.NewGuid().ToString("N")[..4];
        var enterprise = await data.EnterpriseAsync(name: name, incubatorId: incubator.Id);
        var manager = await data.UserAsync(IncubationRoles.IncubatorManager, incubatorId: incubator.Id);

        var managerPage = await browser.NewPageAsync();
        await managerPage.GotoAsync("/login");
        await BrowserFixture.SignInAsync(managerPage, manager.UserName!, IncubationWebApplicationFactory.UserPassword);
        await managerPage.GetByTestId("menu-enterprises").WaitForAsync();
        await managerPage.GotoAsync($"/enterprises/{enterprise.Id}");
        await managerPage.GetByTestId("enterprise-propose").ClickAsync();
        await managerPage.GetByTestId("propose-reason").FillAsync("研发投入占比6%，拥有发明专利2件");
        await managerPage.GetByTestId("propose-evidence").FillAsync("2025年度专项审计报告");
        await managerPage.GetByTestId("propose-confirm").ClickAsync();
        await Assertions.Expect(managerPage.GetByTestId("propose-confirm")).ToBeHiddenAsync();

        var adminPage = await browser.NewPageAsync();
        await adminPage.GotoAsync("/login");
        await BrowserFixture.SignInAsAdminAsync(adminPage);
        await adminPage.GetByTestId("menu-cultivation").ClickAsync();
        await adminPage.GotoAsync("/cultivation/proposals");
        await adminPage.GetByTestId($"proposal-admit-{enterprise.Id}").ClickAsync();
        await adminPage.GetByTestId("admit-confirm").ClickAsync();
        await Assertions.Expect(adminPage.GetByTestId($"proposal-admit-{enterprise.Id}")).ToBeHiddenAsync();

        await adminPage.GotoAsync("/cultivation?filter=" + Uri.EscapeDataString(name));
        await adminPage.GetByTestId($"pool-move-{enterprise.Id}").ClickAsync();
        await adminPage.GetByTestId("move-stage-select").ClickAsync();
        await adminPage.Locator("nz-option-item", new() { HasText = "重点培育" }).ClickAsync();
        await adminPage.GetByTestId("move-note").FillAsync("研发费用翻番");
        await adminPage.GetByTestId("move-confirm").ClickAsync();
        await BrowserFixture.ScreenshotOnFailureAsync(adminPage, "pool-roster-failed", () =>
            Assertions.Expect(adminPage.Locator($"[data-testid=pool-row][data-enterprise-id='{enterprise.Id}']")).ToContainTextAsync("重点培育"));
        await adminPage.ScreenshotAsync(new() { Path = Path.Combine(RepositoryPaths.Screenshots, "pool-roster.png"), FullPage = true });

        await managerPage.GotoAsync($"/enterprises/{enterprise.Id}");
        await managerPage.GetByTestId("tab-pool").ClickAsync();
        var timeline = managerPage.GetByTestId("pool-timeline");
        await BrowserFixture.ScreenshotOnFailureAsync(managerPage, "pool-timeline-failed", () =>
            Assertions.Expect(timeline).ToContainTextAsync("研发费用翻番"));
        await Assertions.Expect(managerPage.GetByTestId("pool-timeline-event")).ToHaveCountAsync(3);
        await managerPage.ScreenshotAsync(new() { Path = Path.Combine(RepositoryPaths.Screenshots, "pool-timeline.png"), FullPage = true });
    }
}
