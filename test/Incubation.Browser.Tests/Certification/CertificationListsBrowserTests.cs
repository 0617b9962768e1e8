using Incubation.Data;
using Incubation.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Incubation.Certification;

/// <summary>
/// The bureau's certification work in a browser: an application dragged along the pipeline board, a certificate on
/// the re-certification list, and the candidate list recomputed and ranked.
/// </summary>
public class CertificationListsBrowserTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private readonly TestData _data = new(browser.Host);

    private static int ThisYear => ChinaTime.Today(TimeProvider.System).Year;

    [Fact]
    public async Task Should_move_an_application_to_preparing_by_dragging_it_on_the_board()
    {
        var enterprise = await _data.EnterpriseAsync(name: "申报看板测试有限公司" + Guid.NewGuid().ToString("N")[..4]);
        var id = await browser.Host.WithServicesAsync(async sp =>
        {
            var application = CertificationApplication.Start(enterprise.Id, QualificationKind.TechSme, ThisYear, new ApplicationActor(null, "test", DateTime.UtcNow), null);
            sp.GetRequiredService<IRepository<CertificationApplication>>().Add(application);
            var batches = sp.GetRequiredService<IRepository<CertificationBatch>>();
            if (!await batches.Query().AnyAsync(b => b.Kind == QualificationKind.TechSme && b.Year == ThisYear))
            {
                var batch = new CertificationBatch(QualificationKind.TechSme, ThisYear);
                batch.Schedule(new DateOnly(ThisYear, 6, 1), new DateOnly(ThisYear, 8, 31), null, null, null, null);
                batches.Add(batch);
            }

            await sp.GetRequiredService<IUnitOfWork>().SaveChangesAsync(CancellationToken.None);
            return application.Id;
        });
        var page = await AdminAsync();

        await page.GotoAsync("/certification/pipeline?kind=TechSme");
        await Assertions.Expect(page.GetByTestId("batch-closesOn")).ToContainTextAsync($"{ThisYear}-08-31");
        var card = page.GetByTestId("pipeline-column-Candidate").GetByTestId($"pipeline-card-{id}");
        await BrowserFixture.ScreenshotOnFailureAsync(page, "pipeline-board-failed", async () =>
        {
            await DragAsync(page, card, page.GetByTestId("pipeline-column-Preparing"));
            await Assertions.Expect(page.GetByTestId("pipeline-column-Preparing").GetByTestId($"pipeline-card-{id}")).ToBeVisibleAsync();
        });
        await page.ScreenshotAsync(new() { Path = Path.Combine(RepositoryPaths.Screenshots, "pipeline-board.png") });

        var stage = await browser.Host.WithServicesAsync(sp => sp.GetRequiredService<IRepository<CertificationApplication>>().Query()
            .Where(a => a.Id == id).Select(a => a.Stage).SingleAsync());
        Assert.Equal(ApplicationStage.Preparing, stage);
    }

    [Fact]
    public async Task Should_list_a_certificate_expiring_this_year_and_rank_candidates_after_a_refresh()
    {
        var name = "临期测试科技有限公司" + Guid.NewGuid().ToString("N")[..4];
        var enterprise = await _data.EnterpriseAsync(name: name);
        var expiresOn = new DateOnly(ThisYear, 12, 31);
        await browser.Host.WithServicesAsync(async sp =>
        {
            sp.GetRequiredService<IRepository<Qualification>>().Add(new Qualification(enterprise.Id, QualificationKind.HighTech, "GR-BROWSER-1",
                expiresOn.AddYears(-3).AddDays(1), expiresOn, QualificationSources.Bureau));
            await sp.GetRequiredService<IUnitOfWork>().SaveChangesAsync(CancellationToken.None);
            return 0;
        });
        var page = await AdminAsync();

        await page.GotoAsync("/certification/recertifications");
        await BrowserFixture.ScreenshotOnFailureAsync(page, "recert-failed", () =>
            Assertions.Expect(page.GetByTestId("recert-row").Filter(new() { HasText = name })).ToBeVisibleAsync());
        await page.ScreenshotAsync(new() { Path = Path.Combine(RepositoryPaths.Screenshots, "recertifications.png") });

        await page.GotoAsync("/certification/candidates");
        await page.GetByTestId("candidate-refresh").ClickAsync();
        await BrowserFixture.ScreenshotOnFailureAsync(page, "candidates-failed", async () =>
        {
            await Assertions.Expect(page.GetByTestId("candidate-refreshed")).ToBeVisibleAsync(new() { Timeout = 30_000 });
            await Assertions.Expect(page.GetByTestId("candidate-row").First).ToBeVisibleAsync();
        });
        await page.ScreenshotAsync(new() { Path = Path.Combine(RepositoryPaths.Screenshots, "candidates.png") });
        var ranks = await page.GetByTestId("candidate-rank").AllInnerTextsAsync();
        Assert.Equal("1", ranks[0].Trim());
    }

    private async Task<IPage> AdminAsync()
    {
        var page = await browser.NewPageAsync(1366, 900, "zh-CN");
        await page.GotoAsync("/login");
        await BrowserFixture.SignInAsAdminAsync(page);
        await page.WaitForURLAsync(url => !url.Contains("/login", StringComparison.Ordinal));
        return page;
    }

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
}
