using System.Net;
using System.Net.Http.Json;
using Incubation.Configuration;
using Incubation.Identity;
using Incubation.Permissions;

namespace Incubation.Account;

public class AccountTests(IncubationWebApplicationFactory factory) : IClassFixture<IncubationWebApplicationFactory>
{
    private readonly TestData _data = new(factory);

    [Fact]
    public async Task Should_sign_in_the_seeded_admin_and_report_their_permissions()
    {
        using var client = await _data.AdminClientAsync();
        var config = await client.GetFromJsonAsync<ApplicationConfigurationDto>("/api/app/application-configuration");
        Assert.True(config.CurrentUser.IsAuthenticated);
        Assert.Equal("admin", config.CurrentUser.UserName);
        Assert.Contains(IncubationRoles.BureauAdmin, config.CurrentUser.Roles);
        Assert.True(config.Auth.GrantedPolicies[IncubationPermissions.Enterprises.Create]);
    }

    [Fact]
    public async Task Should_give_an_anonymous_caller_chinese_texts_and_no_permissions()
    {
        using var client = factory.CreateApiClient();
        var config = await client.GetFromJsonAsync<ApplicationConfigurationDto>("/api/app/application-configuration");
        Assert.False(config.CurrentUser.IsAuthenticated);
        Assert.Empty(config.Auth.GrantedPolicies);
        Assert.Equal("zh-Hans", config.Localization.CurrentCulture);
        Assert.Equal("企业名称", config.Localization.Texts["Enterprise:Name"]);
    }

    [Fact]
    public async Task Should_switch_to_english_with_the_culture_cookie()
    {
        using var client = factory.CreateApiClient();
        client.Http.DefaultRequestHeaders.Add("Cookie", ".AspNetCore.Culture=c%3Den%7Cuic%3Den");
        var config = await client.GetFromJsonAsync<ApplicationConfigurationDto>("/api/app/application-configuration");
        Assert.Equal("en", config.Localization.CurrentCulture);
        Assert.Equal("Enterprise name", config.Localization.Texts["Enterprise:Name"]);
    }

    [Fact]
    public async Task Should_refuse_a_wrong_password_with_401()
    {
        using var client = factory.CreateApiClient();
        using var response = await client.LoginAsync("admin", "wrong-Password1!");
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Should_lock_an_account_after_five_failed_attempts()
    {
        var user = await _data.UserAsync(IncubationRoles.Leader);
        using var client = factory.CreateApiClient();
        for (var i = 0; i < IdentityPolicy.MaxFailedAccessAttempts; i++)
        {
            using var failed = await client.LoginAsync(user.UserName!, "wrong-Password1!");
            Assert.NotEqual(HttpStatusCode.NoContent, failed.StatusCode);
        }

        using var locked = await client.LoginAsync(user.UserName!, IncubationWebApplicationFactory.UserPassword);
        Assert.Equal(HttpStatusCode.Locked, locked.StatusCode);
    }

    [Fact]
    public async Task Should_refuse_an_unsafe_request_without_the_xsrf_header()
    {
        using var client = factory.CreateApiClient();
        using var response = await client.Http.PostAsJsonAsync("/api/account/login",
            new { userNameOrEmailAddress = "admin", password = IncubationWebApplicationFactory.AdminPassword });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Incubation:AntiforgeryFailed", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_refuse_a_signed_in_unsafe_request_with_a_forged_token()
    {
        using var client = await _data.AdminClientAsync();
        client.Http.DefaultRequestHeaders.Remove(XsrfCookie.HeaderName);
        client.Http.DefaultRequestHeaders.Add(XsrfCookie.HeaderName, "forged");
        using var response = await client.DeleteAsync($"/api/app/enterprises/{Guid.NewGuid()}");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Should_sign_out()
    {
        using var client = await _data.AdminClientAsync();
        using var logout = await client.PostAsync("/api/account/logout", new { });
        Assert.Equal(HttpStatusCode.NoContent, logout.StatusCode);
        using var after = await client.GetAsync("/api/app/enterprises");
        Assert.Equal(HttpStatusCode.Unauthorized, after.StatusCode);
    }

    [Fact]
    public async Task Should_mark_the_auth_cookie_http_only_and_same_site_strict()
    {
        using var client = factory.CreateApiClient();
        using var response = await client.LoginAsync("admin", IncubationWebApplicationFactory.AdminPassword);
        var cookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("Incubation.Auth=", StringComparison.Ordinal));
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=strict", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("secure", cookie, StringComparison.OrdinalIgnoreCase);
    }
}
