using System.Text.Json;
using Incubation.Identity;
using Incubation.Infrastructure;
using Incubation.Portal;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Incubation.Portal;

/// <summary>
/// An enterprise's first day on the portal, in Chromium: it registers on a phone, confirms its address, is approved
/// by the bureau in a second browser, signs in, submits its yearly data and runs the self-assessment.
/// </summary>
public class PortalBrowserTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private const string Password = "Portal-Pass1!";

    [Fact]
    public async Task Should_register_be_approved_by_the_bureau_and_keep_its_own_data()
    {
        var suffix = Guid.NewGuid().ToString("N")[..6];
        var name = "贵阳门户注册测试科技有限公司" + suffix;
        var email = $"portal-{suffix}@example.com";

        // 1. The applicant registers on a phone.
        var phone = await browser.NewPageAsync(width: 390, height: 844);
        var challenge = phone.WaitForResponseAsync(r => r.Url.Contains("/api/portal/registration/challenge", StringComparison.Ordinal));
        await phone.GotoAsync("/login");
        await phone.GetByTestId("login-register").ClickAsync();
        await phone.GetByTestId("field-unifiedSocialCreditCode").FillAsync(TestData.NewCreditCode());
        await phone.GetByTestId("field-enterpriseName").FillAsync(name);
        await phone.GetByTestId("field-subDistrictCode").ClickAsync();
        await phone.Locator("nz-option-item", new() { HasText = "大营路街道" }).ClickAsync();
        await phone.GetByTestId("field-industryFieldCode").ClickAsync();
        await phone.Locator(".ant-cascader-menu-item", new() { HasText = "电子信息" }).ClickAsync();
        await phone.Locator(".ant-cascader-menu-item", new() { HasText = "软件" }).First.ClickAsync();
        await phone.Locator(".ant-cascader-menu-item", new() { HasText = "基础软件" }).ClickAsync();
        await phone.GetByTestId("field-contactName").FillAsync("王经理");
        await phone.GetByTestId("field-phoneNumber").FillAsync("13800138000");
        await phone.GetByTestId("field-email").FillAsync(email);
        await phone.GetByTestId("field-password").FillAsync(Password);
        await phone.GetByTestId("field-confirmPassword").FillAsync(Password);
        await phone.GetByTestId("field-acceptTerms").ClickAsync();
        await phone.GetByTestId("field-challengeAnswer").FillAsync(await AnswerAsync(await challenge));
        await phone.ScreenshotAsync(new() { Path = Shot("portal-register-phone.png"), FullPage = true });
        await phone.GetByTestId("register-submit").ClickAsync();
        await BrowserFixture.ScreenshotOnFailureAsync(phone, "portal-register-failed",
            () => Assertions.Expect(phone.GetByTestId("register-done")).ToBeVisibleAsync());
        await Assertions.Expect(phone.GetByTestId("register-sent")).ToContainTextAsync(email);

        // 2. The link of the confirmation email (email is off in the tests: the same token, made by the host).
        var (userId, token) = await ConfirmationLinkAsync(email);
        await phone.GotoAsync($"/register/confirm?userId={userId}&token={Uri.EscapeDataString(token)}");
        await Assertions.Expect(phone.GetByTestId("confirm-done")).ToBeVisibleAsync();
        await phone.GotoAsync("/login");
        await BrowserFixture.SignInAsync(phone, email, Password);
        await BrowserFixture.ScreenshotOnFailureAsync(phone, "portal-status-failed",
            () => Assertions.Expect(phone.GetByTestId("status-pending")).ToBeVisibleAsync());

        // 3. The bureau approves it in its own browser.
        var bureau = await browser.NewPageAsync();
        await bureau.GotoAsync("/login");
        await BrowserFixture.SignInAsAdminAsync(bureau);
        await bureau.GetByTestId("menu-registrations").ClickAsync();
        var card = bureau.GetByTestId("registration-card").Filter(new() { HasText = name });
        await Assertions.Expect(card).ToBeVisibleAsync();
        await bureau.ScreenshotAsync(new() { Path = Shot("portal-review-queue.png"), FullPage = true });
        await card.Locator("[data-testid^='approve-']").ClickAsync();
        await bureau.Locator(".ant-popover-buttons .ant-btn-primary, .ant-popconfirm-buttons .ant-btn-primary").ClickAsync();
        await Assertions.Expect(card).ToBeHiddenAsync();

        // 4. The applicant's status page sees the approval and enters with the new role by itself.
        await phone.ReloadAsync();
        await BrowserFixture.ScreenshotOnFailureAsync(phone, "portal-enter-failed",
            () => phone.WaitForURLAsync(url => url.Contains("/portal", StringComparison.Ordinal)));
        await Assertions.Expect(phone.GetByTestId("portal-enterprise-name")).ToContainTextAsync(name);
        await phone.ScreenshotAsync(new() { Path = Shot("portal-overview-phone.png"), FullPage = true });

        // 5. It enters last year's figures and submits them to the bureau.
        await phone.GetByTestId("tab-portal-nav-yearly-data").ClickAsync();
        await phone.GetByTestId("yearly-new").ClickAsync();
        var year = ChinaTime.Today(TimeProvider.System).Year - 1;
        await phone.GetByTestId("yearly-field-salesRevenue").Locator("input").FillAsync("800");
        await phone.GetByTestId("yearly-field-rdExpense").Locator("input").FillAsync("60");
        await phone.GetByTestId("yearly-field-employees").Locator("input").FillAsync("40");
        await phone.GetByTestId("yearly-field-techStaff").Locator("input").FillAsync("12");
        await phone.GetByTestId("yearly-save").ClickAsync();
        await BrowserFixture.ScreenshotOnFailureAsync(phone, "portal-yearly-failed",
            () => phone.GetByTestId($"yearly-submit-{year}").ClickAsync());
        await Assertions.Expect(phone.GetByTestId($"yearly-row-{year}")).ToHaveAttributeAsync("data-status", "Submitted");
        await phone.ScreenshotAsync(new() { Path = Shot("portal-yearly-submitted-phone.png"), FullPage = true });

        // 6. The self-assessment runs the eligibility engine on its own data, with the gaps in words.
        await phone.GetByTestId("tab-portal-nav-self-assessment").ClickAsync();
        await Assertions.Expect(phone.GetByTestId("kind-card").First).ToBeVisibleAsync();
        await Assertions.Expect(phone.GetByTestId("criterion-row").First).ToBeVisibleAsync();
        await phone.ScreenshotAsync(new() { Path = Shot("portal-self-assessment-phone.png"), FullPage = true });

        var stored = await browser.Host.WithServicesAsync(async sp =>
        {
            var enterpriseId = await sp.GetRequiredService<Enterprises.IEnterpriseRepository>().Query().Where(e => e.Name == name).Select(e => e.Id).SingleAsync();
            return await sp.GetRequiredService<Enterprises.IYearlyDataRepository>().Query()
                .Where(y => y.EnterpriseId == enterpriseId && y.FiscalYear == year).Select(y => y.Status).ToListAsync();
        });
        Assert.Equal([Enterprises.YearlyDataStatus.Submitted], stored);
    }

    private async Task<string> AnswerAsync(IResponse challenge)
    {
        using var json = JsonDocument.Parse(await challenge.TextAsync());
        var token = json.RootElement.GetProperty("token").GetString()!;
        var protector = browser.Host.Services.GetRequiredService<IDataProtectionProvider>()
            .CreateProtector(RegistrationChallenge.Purpose).ToTimeLimitedDataProtector();
        return protector.Unprotect(token).Split('|')[0];
    }

    private Task<(Guid UserId, string Token)> ConfirmationLinkAsync(string email) =>
        browser.Host.WithServicesAsync(async sp =>
        {
            var users = sp.GetRequiredService<UserManager<AppUser>>();
            var user = await users.FindByEmailAsync(email) ?? throw new InvalidOperationException("The registration created no account.");
            return (user.Id, await users.GenerateEmailConfirmationTokenAsync(user));
        });

    private static string Shot(string name) => Path.Combine(RepositoryPaths.Screenshots, name);
}
