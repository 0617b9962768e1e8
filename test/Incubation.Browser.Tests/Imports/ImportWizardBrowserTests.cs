using Incubation.Infrastructure;
using Microsoft.Playwright;
using MiniExcelLibs;

namespace Incubation.Imports;

/// <summary>The bureau moves its spreadsheet in, as a new user would: a file with a mistake first, then the corrected one.</summary>
public class ImportWizardBrowserTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private static readonly string[] Header = ["*统一社会信用代码", "*企业名称", "*所属街道（镇）", "*技术领域", "规上企业"];

    [Fact]
    public async Task Should_show_the_bad_rows_then_import_the_corrected_file_into_the_registry()
    {
        var name = "浏览器导入科技有限公司" + Guid.NewGuid().ToString("N")[..4];
        var code = TestData.NewCreditCode();
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/");
        await BrowserFixture.SignInAsAdminAsync(page);

        await page.GetByTestId("menu-enterprises").ClickAsync();
        await page.GetByTestId("enterprise-import").ClickAsync();
        await Assertions.Expect(page.GetByTestId("import-kind-YearlyData")).ToBeVisibleAsync();
        await page.ScreenshotAsync(new() { Path = Path.Combine(RepositoryPaths.Screenshots, "import-kind.png"), FullPage = true });
        await page.GetByTestId("import-next").ClickAsync();
        await Assertions.Expect(page.GetByTestId("import-template")).ToBeVisibleAsync();
        await page.ScreenshotAsync(new() { Path = Path.Combine(RepositoryPaths.Screenshots, "import-upload.png"), FullPage = true });

        // A GBK CSV, as Excel saves it on a Chinese Windows, with an unknown sub-district in row 3.
        var csv = CsvEncodingDetector.Gbk.GetBytes(string.Join("\r\n",
            string.Join(",", Header), $"{code},{name},大营路街道,基础软件,是", $"{TestData.NewCreditCode()},第二家,不存在街道,基础软件,否") + "\r\n");
        await page.GetByTestId("import-file").SetInputFilesAsync(new FilePayload { Name = "名册.csv", MimeType = "text/csv", Buffer = csv });

        await BrowserFixture.ScreenshotOnFailureAsync(page, "import-errors-failed",
            () => Assertions.Expect(page.GetByTestId("import-error-row")).ToContainTextAsync("没有这个街道"));
        await Assertions.Expect(page.GetByTestId("import-error-row")).ToContainTextAsync("不存在街道");
        await Assertions.Expect(page.GetByTestId("import-confirm")).ToHaveCountAsync(0);
        await page.ScreenshotAsync(new() { Path = Path.Combine(RepositoryPaths.Screenshots, "import-errors.png"), FullPage = true });

        await page.GetByTestId("import-choose-another").ClickAsync();
        await page.GetByTestId("import-file").SetInputFilesAsync(new FilePayload
        {
            Name = "名册.xlsx",
            MimeType = ImportConsts.XlsxContentType,
            Buffer = Xlsx([code, name, "大营路街道", "基础软件", "是"]),
        });
        await Assertions.Expect(page.GetByTestId("import-clean")).ToBeVisibleAsync();
        await page.ScreenshotAsync(new() { Path = Path.Combine(RepositoryPaths.Screenshots, "import-preview.png"), FullPage = true });
        await page.GetByTestId("import-confirm").ClickAsync();

        await Assertions.Expect(page.GetByTestId("import-result")).ToContainTextAsync("新增 1 条");
        await page.ScreenshotAsync(new() { Path = Path.Combine(RepositoryPaths.Screenshots, "import-done.png"), FullPage = true });
        await page.GetByTestId("import-to-enterprises").ClickAsync();
        await page.GetByTestId("enterprise-filter").FillAsync(code);
        await page.GetByTestId("enterprise-filter").PressAsync("Enter");
        await Assertions.Expect(page.GetByTestId("enterprise-row")).ToContainTextAsync(name);
        await Assertions.Expect(page.GetByTestId("tag-aboveScale")).ToBeVisibleAsync();
    }

    private static byte[] Xlsx(object?[] row)
    {
        using var stream = new MemoryStream();
        stream.SaveAs(new[] { Header.Select((title, i) => (title, value: row[i])).ToDictionary(c => c.title, c => c.value) });
        return stream.ToArray();
    }
}
