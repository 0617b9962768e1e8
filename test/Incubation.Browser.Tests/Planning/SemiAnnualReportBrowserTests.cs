using System.Text.RegularExpressions;
using Incubation.Data;
using Incubation.Identity;
using Incubation.Infrastructure;
using Incubation.Lookups;
using Incubation.Visits;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using UglyToad.PdfPig;

namespace Incubation.Planning.Reports;

/// <summary>
/// A unit writes its progress on its key task; the bureau reads the 2025 H1 draft, issues it, and prints it: the
/// print page, rendered to an A4 PDF by headless Chromium, carries the report's Chinese title and the unit's note in
/// a Chinese font (text extracted from the PDF).
/// </summary>
public partial class SemiAnnualReportBrowserTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private const string Title = "2025年上半年科技创新工作通报";

    [Fact]
    public async Task Should_take_a_units_progress_into_the_issued_report_and_print_it_on_a4_with_its_chinese_title()
    {
        var data = new TestData(browser.Host);
        var unit = await ArrangeUnitWithTaskAndOverdueNeedAsync();
        var officer = await data.UserAsync(IncubationRoles.UnitOfficer, unitId: unit.Id);

        // The unit officer writes the half-year's progress on the unit's task.
        var desk = await browser.NewPageAsync(1366, 900, "zh-CN");
        await SignInAsync(desk, officer.UserName!, IncubationWebApplicationFactory.UserPassword);
        await desk.GotoAsync("/key-tasks/progress?year=2025&half=1");
        await BrowserFixture.ScreenshotOnFailureAsync(desk, "report-progress-failed", async () =>
        {
            await desk.GetByTestId("progress-text").FillAsync("集成电路专业孵化器已完成选址，入驻企业 12 家");
            await desk.GetByTestId("progress-save").ClickAsync();
            await Assertions.Expect(desk.GetByTestId("progress-row")).ToContainTextAsync("最近填报");
        });
        await desk.ScreenshotAsync(new() { Path = Path.Combine(RepositoryPaths.Screenshots, "report-progress-unit.png"), FullPage = true });

        // The bureau reads the draft and issues it.
        var bureau = await browser.NewPageAsync(1366, 900, "zh-CN");
        await SignInAsync(bureau, "admin", IncubationWebApplicationFactory.AdminPassword);
        await bureau.GotoAsync("/reports/semi-annual?year=2025&half=1");
        var unitRow = bureau.Locator($"[data-testid=report-unit-row][data-unit-id='{unit.Id}']");
        await BrowserFixture.ScreenshotOnFailureAsync(bureau, "report-draft-failed", async () =>
        {
            await Assertions.Expect(bureau.GetByTestId("report-title")).ToHaveTextAsync(Title);
            await Assertions.Expect(bureau.GetByTestId("report-status")).ToHaveTextAsync("草稿");
            await Assertions.Expect(unitRow.Locator("td").Nth(4)).ToHaveTextAsync("1"); // the need overdue at 30 June
        });
        await bureau.GetByTestId("report-issue").ClickAsync();
        await bureau.Locator(".ant-popover-buttons .ant-btn-primary").ClickAsync();
        await BrowserFixture.ScreenshotOnFailureAsync(bureau, "report-issue-failed", () =>
            Assertions.Expect(bureau.GetByTestId("report-status")).ToHaveTextAsync("已印发"));
        await Assertions.Expect(bureau.GetByTestId("report-issued-item")).ToContainTextAsync("2025年上半年");
        await bureau.ScreenshotAsync(new() { Path = Path.Combine(RepositoryPaths.Screenshots, "report-issued.png"), FullPage = true });

        // The print page, as the printer sees it, and as a PDF.
        await bureau.GotoAsync("/reports/semi-annual/2025/1/print");
        await BrowserFixture.ScreenshotOnFailureAsync(bureau, "report-print-failed", () =>
            Assertions.Expect(bureau.GetByTestId("report-title")).ToHaveTextAsync(Title));
        await bureau.EmulateMediaAsync(new() { Media = Media.Print });
        await Assertions.Expect(bureau.GetByTestId("report-print-button")).ToBeHiddenAsync(); // the toolbar does not print
        await bureau.ScreenshotAsync(new() { Path = Path.Combine(RepositoryPaths.Screenshots, "report-print.png"), FullPage = true });
        var pdf = await bureau.PdfAsync(new()
        {
            Format = "A4", PreferCSSPageSize = true, PrintBackground = true, Path = Path.Combine(RepositoryPaths.Screenshots, "report-2025H1.pdf"),
        });

        using var document = PdfDocument.Open(pdf);
        var first = document.GetPage(1);
        Assert.InRange(first.Width, 594, 597);   // A4: 210 mm = 595.3 pt
        Assert.InRange(first.Height, 840, 843);  //     297 mm = 841.9 pt
        var text = Whitespace().Replace(string.Concat(document.GetPages().Select(p => p.Text)), string.Empty);
        Assert.Contains(Title, text, StringComparison.Ordinal);
        Assert.Contains("集成电路专业孵化器已完成选址", text, StringComparison.Ordinal);
        Assert.Contains("印发（", text, StringComparison.Ordinal); // the issued line, not the draft notice
        var titleFonts = first.Letters.Where(l => Title.Contains(l.Value, StringComparison.Ordinal)).Select(l => l.FontName).Distinct().ToList();
        Assert.Contains(titleFonts, f => CjkFont().IsMatch(f));
    }

    private static async Task SignInAsync(IPage page, string userName, string password)
    {
        await page.GotoAsync("/login");
        await BrowserFixture.SignInAsync(page, userName, password);
        await page.WaitForURLAsync(url => !url.Contains("/login", StringComparison.Ordinal));
    }

    /// <summary>A unit of its own holding key task 4 (the plan names no unit for it) and a need overdue at 2025-06-30.</summary>
    private async Task<ResponsibleUnit> ArrangeUnitWithTaskAndOverdueNeedAsync()
    {
        var enterprise = await new TestData(browser.Host).EnterpriseAsync(name: "通报测试科技有限公司");
        return await browser.Host.WithServicesAsync(async sp =>
        {
            var unit = new ResponsibleUnit(Guid.CreateVersion7(), "区集成电路产业服务中心" + Guid.NewGuid().ToString("N")[..4], "center");
            sp.GetRequiredService<IRepository<ResponsibleUnit>>().Add(unit);
            var task = await sp.GetRequiredService<IRepository<KeyTask>>().Query().SingleAsync(t => t.Number == 4);
            task.AssignUnits([unit.Id]);
            var raised = new NeedActor(null, "test", ChinaTime.StartOfDayUtc(new DateOnly(2025, 3, 2)).AddHours(10));
            sp.GetRequiredService<IRepository<Need>>().Add(Need.Raise(enterprise.Id, null, NeedSource.Direct, NeedCategory.Technology,
                "封装测试设备共享需求", false, unit.Id, new DateOnly(2025, 3, 2), new DateOnly(2025, 3, 20), raised));
            await sp.GetRequiredService<IUnitOfWork>().SaveChangesAsync(CancellationToken.None);
            return unit;
        });
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    /// <summary>The CJK fonts of the print stylesheet that Debian ships (fonts-noto-cjk, fonts-wqy-zenhei), as embedded in the PDF.</summary>
    [GeneratedRegex("Noto(Sans|Serif)CJK|WenQuanYi|SourceHan", RegexOptions.IgnoreCase)]
    private static partial Regex CjkFont();
}
