using Incubation.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Incubation.Enterprises;

/// <summary>A new user's first minutes, in Chromium: sign in, open the registry, create an enterprise through the form.</summary>
public class EnterpriseRegistryBrowserTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task Should_log_in_create_an_enterprise_and_see_the_servers_field_error_first()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/");
        await BrowserFixture.SignInAsAdminAsync(page);

        await page.GetByTestId("menu-enterprises").ClickAsync();
        await page.GetByTestId("enterprise-new").ClickAsync();

        var name = "贵阳浏览器测试科技有限公司" + Guid.NewGuid().ToString("N")[..4];
        await page.GetByTestId("field-name").FillAsync(name);
        await page.GetByTestId("field-creditCode").FillAsync("91350211M00013FA1N"); // a real pilot code failing its check digit
        await page.GetByTestId("field-subDistrict").ClickAsync();
        await page.Locator("nz-option-item", new() { HasText = "大营路街道" }).ClickAsync();
        await page.GetByTestId("field-industryField").ClickAsync();
        await page.Locator(".ant-cascader-menu-item", new() { HasText = "电子信息" }).ClickAsync();
        await page.Locator(".ant-cascader-menu-item", new() { HasText = "软件" }).First.ClickAsync();
        await page.Locator(".ant-cascader-menu-item", new() { HasText = "基础软件" }).ClickAsync();
        await page.GetByTestId("enterprise-save").ClickAsync();

        // Only the server knows this sentence: the check character it expected.
        await BrowserFixture.ScreenshotOnFailureAsync(page, "enterprise-form-server-error-failed",
            () => page.GetByText("第18位应为“3”").First.WaitForAsync());
        await page.ScreenshotAsync(new() { Path = Path.Combine(RepositoryPaths.Screenshots, "enterprise-form-server-error.png"), FullPage = true });

        await page.GetByTestId("field-creditCode").FillAsync(TestData.NewCreditCode());
        await page.GetByTestId("enterprise-save").ClickAsync();

        await Assertions.Expect(page.GetByTestId("enterprise-title")).ToContainTextAsync(name);
        await Assertions.Expect(page.GetByTestId("enterprise-descriptions")).ToContainTextAsync("基础软件");
        await page.ScreenshotAsync(new() { Path = Path.Combine(RepositoryPaths.Screenshots, "enterprise-detail.png"), FullPage = true });

        await page.GetByTestId("menu-enterprises").ClickAsync();
        await page.GetByTestId("enterprise-filter").FillAsync(name);
        await page.GetByTestId("enterprise-filter").PressAsync("Enter");
        await Assertions.Expect(page.GetByTestId("enterprise-table")).ToContainTextAsync(name);
        await page.ScreenshotAsync(new() { Path = Path.Combine(RepositoryPaths.Screenshots, "enterprise-list.png"), FullPage = true });
    }

    [Fact]
    public async Task Should_tell_the_user_when_someone_else_changed_the_enterprise_in_between()
    {
        var enterprise = await new TestData(browser.Host).EnterpriseAsync(name: "并发测试企业" + Guid.NewGuid().ToString("N")[..4]);
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/login");
        await BrowserFixture.SignInAsAdminAsync(page);
        await page.GetByTestId("menu-enterprises").WaitForAsync();

        await page.GotoAsync($"/enterprises/{enterprise.Id}/edit");
        await Assertions.Expect(page.GetByTestId("field-name")).ToHaveValueAsync(enterprise.Name);

        // Someone else saves first.
        await browser.Host.WithServicesAsync(async sp =>
        {
            var repository = sp.GetRequiredService<IEnterpriseRepository>();
            var stored = await repository.FindForUpdateAsync(enterprise.Id, CancellationToken.None);
            stored!.Rename("别人改过的名称");
            await sp.GetRequiredService<Incubation.Data.IUnitOfWork>().SaveChangesAsync(CancellationToken.None);
            return stored;
        });

        await page.GetByTestId("field-name").FillAsync("我的修改");
        await page.GetByTestId("enterprise-save").ClickAsync();
        await BrowserFixture.ScreenshotOnFailureAsync(page, "enterprise-conflict-failed",
            () => Assertions.Expect(page.GetByTestId("conflict-alert")).ToBeVisibleAsync());
        await page.ScreenshotAsync(new() { Path = Path.Combine(RepositoryPaths.Screenshots, "enterprise-conflict.png"), FullPage = true });

        await page.GetByTestId("conflict-reload").ClickAsync();
        await Assertions.Expect(page.GetByTestId("field-name")).ToHaveValueAsync("别人改过的名称");
    }

    [Fact]
    public async Task Should_open_in_chinese_on_an_english_browser_and_switch_to_english_on_request()
    {
        var page = await browser.NewPageAsync(locale: "en-US");
        await page.GotoAsync("/login");
        await Assertions.Expect(page.GetByTestId("login-submit")).ToContainTextAsync("登录");

        await page.GetByTestId("language-switch").ClickAsync();
        await Assertions.Expect(page.GetByTestId("login-submit")).ToContainTextAsync("Sign in");
        await page.ScreenshotAsync(new() { Path = Path.Combine(RepositoryPaths.Screenshots, "login-english.png") });

        await BrowserFixture.SignInAsAdminAsync(page);
        await Assertions.Expect(page.GetByTestId("menu-enterprises")).ToContainTextAsync("Enterprise");
    }
}
