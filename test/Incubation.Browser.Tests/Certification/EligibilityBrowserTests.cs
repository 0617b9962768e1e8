using Incubation.Data;
using Incubation.Enterprises;
using Incubation.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Incubation.Certification;

/// <summary>
/// The bureau opens an enterprise's eligibility, sees the 高企 R&amp;D ratio short of 5 % with the gap in yuan, and in
/// the what-if drawer doubles the R&amp;D: the criterion turns to passed while nothing is saved.
/// </summary>
public class EligibilityBrowserTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task Should_show_the_gap_and_pass_the_rd_criterion_in_the_what_if_drawer()
    {
        var data = new TestData(browser.Host);
        var enterprise = await data.EnterpriseAsync(name: "评估测试科技有限公司" + Guid.NewGuid().ToString("N")[..4]);
        var applicationYear = ChinaTime.Today(TimeProvider.System).Year;
        // Sales ¥10M a year, R&D ¥300k a year: 3 % over the window against the 5 % tier, ¥600k short in all.
        await VerifiedYearsAsync(enterprise.Id, applicationYear, sales: 10_000_000m, rd: 300_000m);

        var page = await browser.NewPageAsync(1366, 900, "zh-CN");
        await page.GotoAsync("/login");
        await BrowserFixture.SignInAsAdminAsync(page);
        await page.WaitForURLAsync(url => !url.Contains("/login", StringComparison.Ordinal));
        await page.GotoAsync($"/enterprises/{enterprise.Id}");
        await page.GetByTestId("tab-eligibility").ClickAsync();

        var highTech = page.GetByTestId("kind-card").Filter(new() { HasText = "高新技术企业" }).First;
        var rdRow = highTech.GetByTestId("criterion-row").Filter(new() { HasText = "60万元" });
        await BrowserFixture.ScreenshotOnFailureAsync(page, "eligibility-tab-failed", () => Assertions.Expect(rdRow).ToBeVisibleAsync());
        await page.ScreenshotAsync(new() { Path = Path.Combine(RepositoryPaths.Screenshots, "eligibility-tab.png"), FullPage = true });

        await page.GetByTestId("what-if-open").ClickAsync();
        for (var year = applicationYear - 3; year < applicationYear; year++)
        {
            var input = page.GetByTestId($"what-if-rdExpense-{year}").Locator("input");
            await input.FillAsync("600000");
        }

        var change = page.GetByTestId("what-if-change").And(page.Locator("[data-code='HighTech.RdRatio']"));
        await BrowserFixture.ScreenshotOnFailureAsync(page, "what-if-failed", () => Assertions.Expect(change).ToBeVisibleAsync(new() { Timeout = 20_000 }));
        await Assertions.Expect(change.Locator("[data-status]").Last).ToHaveAttributeAsync("data-status", "passed");
        await page.ScreenshotAsync(new() { Path = Path.Combine(RepositoryPaths.Screenshots, "eligibility-what-if.png") });

        // Nothing was saved: the stored figures still say ¥300k.
        var stored = await browser.Host.WithServicesAsync(sp => Task.FromResult(sp.GetRequiredService<IRepository<YearlyData>>().Query()
            .Where(y => y.EnterpriseId == enterprise.Id).Select(y => y.RdExpense).ToList()));
        Assert.All(stored, rd => Assert.Equal(300_000m, rd));
    }

    private Task<int> VerifiedYearsAsync(Guid enterpriseId, int applicationYear, decimal sales, decimal rd) =>
        browser.Host.WithServicesAsync(async sp =>
        {
            var at = DateTime.UtcNow.AddDays(-2);
            var actor = new YearlyDataActor(null, "test", at);
            for (var year = applicationYear - 3; year < applicationYear; year++)
            {
                var figures = new YearlyFigures
                {
                    SalesRevenue = sales, TotalIncome = sales, HighTechIncome = sales * 0.7m, RdExpense = rd, DomesticRdExpense = rd,
                    OperatingRevenue = sales, MainBusinessRevenue = sales, TotalAssets = sales, TotalLiabilities = sales / 2,
                    Employees = 50, TechStaff = 10, RdStaff = 8, IpClass1Count = 1, IpClass1SelfDevelopedCount = 1, IpClass2Count = 3,
                };
                var yearly = new YearlyData(Guid.CreateVersion7(), enterpriseId, year, figures, DataProvenance.EnteredByOfficer, at);
                yearly.Submit(actor);
                yearly.Verify(actor);
                sp.GetRequiredService<IRepository<YearlyData>>().Add(yearly);
            }

            await sp.GetRequiredService<IUnitOfWork>().SaveChangesAsync(CancellationToken.None);
            return 0;
        });
}
