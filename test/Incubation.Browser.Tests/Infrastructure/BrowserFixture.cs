using Microsoft.Playwright;

namespace Incubation.Infrastructure;

/// <summary>Debian's Chromium driven by Playwright (no browser download), plus the host it browses.</summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private IPlaywright? _playwright;

    public BrowserTestFactory Host { get; } = new();

    public IBrowser Browser { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        if (!File.Exists(Path.Combine(RepositoryPaths.AngularDist, "index.html")))
        {
            throw new InvalidOperationException($"Build the Angular app first (cd angular && npx ng build): {RepositoryPaths.AngularDist}");
        }

        await Host.InitializeAsync();
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
    }

    // An English browser on purpose: the UI must still open in Chinese unless the user switches.
    public async Task<IPage> NewPageAsync(int width = 1366, int height = 900, string locale = "en-US")
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = Host.BaseAddress.ToString(),
            ViewportSize = new ViewportSize { Width = width, Height = height },
            Locale = locale,
        });
        context.SetDefaultTimeout(15_000);
        return await context.NewPageAsync();
    }

    /// <summary>Fills and submits the login page the browser is on.</summary>
    public static Task SignInAsAdminAsync(IPage page) => SignInAsync(page, "admin", IncubationWebApplicationFactory.AdminPassword);

    public static async Task SignInAsync(IPage page, string userName, string password)
    {
        await page.GetByTestId("login-username").FillAsync(userName);
        await page.GetByTestId("login-password").FillAsync(password);
        await page.GetByTestId("login-submit").ClickAsync();
    }

    /// <summary>Runs a step; if it fails, keeps a screenshot of what the browser showed.</summary>
    public static async Task ScreenshotOnFailureAsync(IPage page, string name, Func<Task> step)
    {
        try
        {
            await step();
        }
        catch
        {
            await page.ScreenshotAsync(new() { Path = Path.Combine(RepositoryPaths.Screenshots, name + ".png"), FullPage = true });
            throw;
        }
    }

    public async Task DisposeAsync()
    {
        await Browser.DisposeAsync();
        _playwright?.Dispose();
        await ((IAsyncLifetime)Host).DisposeAsync();
    }
}
