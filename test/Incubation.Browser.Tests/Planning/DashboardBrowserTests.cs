using Incubation.Certification;
using Incubation.Data;
using Incubation.Enterprises;
using Incubation.Identity;
using Incubation.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Incubation.Planning;

/// <summary>The targets dashboard in a browser: the bureau drills into a number; the leadership reads it only.</summary>
public class DashboardBrowserTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private readonly TestData _data = new(browser.Host);

    [Fact]
    public async Task Should_show_each_indicator_against_its_target_and_list_the_enterprises_behind_a_number()
    {
        var enterprise = await _data.EnterpriseAsync("仪表盘研发样例企业");
        await browser.Host.WithServicesAsync(async sp =>
        {
            var today = ChinaTime.Today(TimeProvider.System);
            sp.GetRequiredService<IRepository<Qualification>>().Add(new Qualification(
                enterprise.Id, QualificationKind.HighTech, "GR-DASH-1", today.AddYears(-1), today.AddYears(2), QualificationSources.Bureau));
            var year = new YearlyData(Guid.CreateVersion7(), enterprise.Id, today.Year - 1,
                new YearlyFigures { RdExpense = 123_000_000m, TechStaff = 80 }, DataProvenance.EnteredByOfficer, DateTime.UtcNow);
            year.Submit(new YearlyDataActor(null, "test", DateTime.UtcNow.AddMinutes(-2)));
            year.Verify(new YearlyDataActor(null, "test", DateTime.UtcNow.AddMinutes(-1)));
            sp.GetRequiredService<IYearlyDataRepository>().Add(year);
            await sp.GetRequiredService<IUnitOfWork>().SaveChangesAsync(CancellationToken.None);
            return 0;
        });
        var page = await SignedInAsync("admin", IncubationWebApplicationFactory.AdminPassword);

        await page.GotoAsync("/planning");
        await BrowserFixture.ScreenshotOnFailureAsync(page, "planning-dashboard-failed", async () =>
        {
            await Assertions.Expect(page.GetByTestId("indicator-HighTechEnterprises").GetByTestId("indicator-value")).ToHaveTextAsync("1");
            await Assertions.Expect(page.GetByTestId("indicator-HighTechEnterprises")).ToContainTextAsync("220");
            await Assertions.Expect(page.GetByTestId("indicator-RdInvestment").GetByTestId("indicator-value")).ToHaveTextAsync("1.23 亿元");

            await page.GetByTestId("indicator-RdInvestment").ClickAsync();
            var rows = page.GetByTestId("planning-contributors").Locator("tbody tr");
            await Assertions.Expect(rows.Filter(new() { HasText = "仪表盘研发样例企业" })).ToContainTextAsync("123,000,000");
            await Assertions.Expect(page.GetByTestId("planning-trend").Locator("canvas")).ToBeVisibleAsync();
            await Assertions.Expect(page.GetByTestId("planning-high-tech-path")).ToContainTextAsync("219");
        });
        await page.WaitForTimeoutAsync(1200); // let the charts finish drawing for the picture
        await page.ScreenshotAsync(new() { Path = Path.Combine(RepositoryPaths.Screenshots, "planning-dashboard.png"), FullPage = true });
    }

    [Fact]
    public async Task Should_let_the_leadership_read_the_dashboard_and_targets_without_changing_them()
    {
        var leader = await _data.UserAsync(IncubationRoles.Leader);
        var page = await SignedInAsync(leader.UserName!, IncubationWebApplicationFactory.UserPassword);

        await page.GotoAsync("/planning");
        await Assertions.Expect(page.GetByTestId("indicator-PoolSize")).ToContainTextAsync("120");
        await Assertions.Expect(page.GetByTestId("planning-targets-link")).ToHaveCountAsync(0);

        await page.GotoAsync("/planning/targets");
        await Assertions.Expect(page.GetByTestId("planning-targets")).ToContainTextAsync("2.41 亿元");
        await Assertions.Expect(page.GetByTestId("edit-target-HighTechEnterprises")).ToHaveCountAsync(0);
    }

    private async Task<IPage> SignedInAsync(string userName, string password)
    {
        var page = await browser.NewPageAsync(1366, 900, "zh-CN");
        await page.GotoAsync("/login");
        await BrowserFixture.SignInAsync(page, userName, password);
        await page.WaitForURLAsync(url => !url.Contains("/login", StringComparison.Ordinal));
        return page;
    }
}
