using System.Net;
using System.Text.Json;
using Incubation.Dtos;
using Incubation.Enterprises;
using Incubation.EntityFrameworkCore;
using Incubation.Identity;
using Incubation.Visits;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Incubation.Portal;

/// <summary>The steps the portal tests share: sign-up, the bureau's queue, and looking at what was stored.</summary>
public sealed class PortalScenario(IncubationWebApplicationFactory factory)
{
    public const string Registrations = "/api/app/registrations";
    public const string ProfileChanges = "/api/app/profile-changes";
    public const string Profile = "/api/portal/profile";
    public const string Colleagues = "/api/portal/colleagues";

    public RegistrationFlow Flow { get; } = new(factory);
    public TestData Data { get; } = new(factory);

    /// <summary>The request of an applicant in the bureau's queue (any status).</summary>
    public async Task<RegistrationRequestDto> RequestOfAsync(ApiClient admin, string email)
    {
        var page = await admin.GetFromJsonAsync<PagedResultDto<RegistrationRequestDto>>(
            $"{Registrations}?status=&filter={Uri.EscapeDataString(email)}&maxResultCount=100");
        return Assert.Single(page.Items, r => r.Email == email);
    }

    public async Task<RegistrationRequestDto> ApproveAsync(ApiClient admin, RegistrationRequestDto request) =>
        await admin.ReadAsync<RegistrationRequestDto>(
            await admin.PostAsync($"{Registrations}/{request.Id}/approve", new { concurrencyStamp = request.ConcurrencyStamp }));

    public async Task<RegistrationRequestDto> RejectAsync(ApiClient admin, RegistrationRequestDto request, string reason) =>
        await admin.ReadAsync<RegistrationRequestDto>(
            await admin.PostAsync($"{Registrations}/{request.Id}/reject", new { reason, concurrencyStamp = request.ConcurrencyStamp }));

    /// <summary>
    /// An enterprise of the registry with its administrator signed in (as the bureau would have approved them), so
    /// profile and colleague tests need not go through sign-up each time.
    /// </summary>
    public async Task<(Enterprise Enterprise, AppUser Admin, ApiClient Client)> EnterpriseWithAdminAsync(string? name = null)
    {
        var enterprise = await Data.EnterpriseAsync(name);
        var user = await EnterpriseUserAsync(enterprise.Id, isAdmin: true);
        return (enterprise, user, await Data.ClientForAsync(user));
    }

    /// <summary>An EnterpriseUser of the enterprise with an address, the administrator or not.</summary>
    public async Task<AppUser> EnterpriseUserAsync(Guid enterpriseId, bool isAdmin, string? displayName = null)
    {
        var user = await Data.UserAsync(IncubationRoles.EnterpriseUser, enterpriseId: enterpriseId);
        return await factory.WithServicesAsync(async sp =>
        {
            var users = sp.GetRequiredService<UserManager<AppUser>>();
            var stored = await users.FindByIdAsync(user.Id.ToString()) ?? throw new InvalidOperationException("The user vanished.");
            stored.IsEnterpriseAdmin = isAdmin;
            stored.Email = $"{stored.UserName}@example.com";
            stored.EmailConfirmed = true;
            stored.DisplayName = displayName ?? stored.DisplayName;
            var result = await users.UpdateAsync(stored);
            Assert.True(result.Succeeded, string.Join("; ", result.Errors.Select(e => e.Description)));
            return stored;
        });
    }

    /// <summary>The stored enterprise of a code, whatever its status and even deleted.</summary>
    public Task<List<Enterprise>> EnterprisesWithCodeAsync(string creditCode) =>
        factory.WithServicesAsync(sp => sp.GetRequiredService<IncubationDbContext>().Enterprises.IgnoreQueryFilters()
            .Where(e => e.UnifiedSocialCreditCode == creditCode).ToListAsync());

    public Task<Enterprise?> StoredEnterpriseAsync(Guid id) =>
        factory.WithServicesAsync(sp => sp.GetRequiredService<IncubationDbContext>().Enterprises.IgnoreQueryFilters()
            .FirstOrDefaultAsync(e => e.Id == id));

    public Task<AppUser> StoredUserAsync(Guid id) =>
        factory.WithServicesAsync(sp => sp.GetRequiredService<IncubationDbContext>().Users.AsNoTracking().SingleAsync(u => u.Id == id));

    public Task<IList<string>> RolesOfAsync(Guid userId) =>
        factory.WithServicesAsync(async sp =>
        {
            var users = sp.GetRequiredService<UserManager<AppUser>>();
            return await users.GetRolesAsync(await users.FindByIdAsync(userId.ToString()) ?? throw new InvalidOperationException("No user."));
        });

    /// <summary>Whether anything at all was written for a sign-up attempt: account, enterprise or request.</summary>
    public Task<(bool User, bool Enterprise, bool Request)> TracesOfAsync(string email, string creditCode) =>
        factory.WithServicesAsync(async sp =>
        {
            var db = sp.GetRequiredService<IncubationDbContext>();
            var normalized = email.ToUpperInvariant();
            return (
                await db.Users.AnyAsync(u => u.NormalizedEmail == normalized),
                await db.Enterprises.IgnoreQueryFilters().AnyAsync(e => e.UnifiedSocialCreditCode == creditCode),
                await db.Set<RegistrationRequest>().IgnoreQueryFilters().AnyAsync(r => r.Email == email || r.CreditCode == creditCode));
        });

    public static async Task<List<NotificationDto>> NotificationsAsync(ApiClient client) =>
        (await client.GetFromJsonAsync<PagedResultDto<NotificationDto>>("/api/app/notifications?maxResultCount=100")).Items.ToList();

    public static async Task<JsonElement> ProblemAsync(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();

    /// <summary>The messages of one field of a 400 (fails when the field has none).</summary>
    public static async Task<string[]> FieldErrorsAsync(HttpResponseMessage response, string field)
    {
        var problem = await ProblemAsync(response);
        var messages = problem.TryGetProperty("errors", out var errors) && errors.TryGetProperty(field, out var found) ? found : default;
        Assert.True(messages.ValueKind == JsonValueKind.Array, $"No error on '{field}': {problem}");
        return messages.EnumerateArray().Select(m => m.GetString() ?? string.Empty).ToArray();
    }

    public static async Task<string?> CodeAsync(HttpResponseMessage response) =>
        (await ProblemAsync(response)).TryGetProperty("code", out var code) ? code.GetString() : null;

    /// <summary>A role-less or out-of-scope caller is either refused (403) or told the record is not there (404).</summary>
    public static void AssertRefused(HttpResponseMessage response) =>
        Assert.True(response.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.NotFound,
            $"{response.RequestMessage?.Method} {response.RequestMessage?.RequestUri?.PathAndQuery}: expected 403/404, got {(int)response.StatusCode}");
}
