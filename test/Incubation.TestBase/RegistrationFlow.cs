using System.Net;
using Incubation.Identity;
using Incubation.Portal;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Incubation;

/// <summary>
/// The public sign-up as a person goes through it: fetch the challenge, read its answer (here: by opening the sealed
/// token with the host's Data Protection keys), submit the form, confirm the address from the email's token.
/// </summary>
public sealed class RegistrationFlow(IncubationWebApplicationFactory factory)
{
    public const string Url = "/api/portal/registration";

    /// <summary>A password the identity rules accept.</summary>
    public const string Password = "Portal-Pass1!";

    /// <summary>A fresh address no other test uses.</summary>
    public static string NewEmail() => $"reg-{Guid.NewGuid():N}"[..16] + "@example.com";

    /// <summary>The answer sealed in a challenge token, as the person reading the image would compute it.</summary>
    public string AnswerOf(string token)
    {
        var payload = factory.Services.GetRequiredService<IDataProtectionProvider>()
            .CreateProtector(RegistrationChallenge.Purpose).ToTimeLimitedDataProtector()
            .Unprotect(token);
        return payload.Split('|')[0];
    }

    /// <summary>A new challenge from the API and its right answer.</summary>
    public async Task<(string Token, string Answer)> SolveChallengeAsync(ApiClient client)
    {
        var challenge = await client.GetFromJsonAsync<RegistrationChallengeDto>(Url + "/challenge");
        return (challenge.Token, AnswerOf(challenge.Token));
    }

    /// <summary>A complete, valid sign-up form (without the challenge) that a test changes field by field.</summary>
    public static Dictionary<string, object?> Form(string creditCode, string? email = null, string? enterpriseName = null) => new()
    {
        ["unifiedSocialCreditCode"] = creditCode,
        ["creditCodeOverrideReason"] = null,
        ["enterpriseName"] = enterpriseName ?? "自注册企业 " + Guid.NewGuid().ToString("N")[..6],
        ["subDistrictCode"] = TestData.SubDistrictA,
        ["industryFieldCode"] = TestData.LeafField,
        ["contactName"] = "李联系",
        ["phoneNumber"] = "138 1234 5678",
        ["email"] = email ?? NewEmail(),
        ["password"] = Password,
        ["acceptTerms"] = true,
    };

    /// <summary>Posts the form with a freshly solved challenge (unless the form carries its own token).</summary>
    public async Task<HttpResponseMessage> PostAsync(ApiClient client, Dictionary<string, object?> form)
    {
        if (!form.ContainsKey("challengeToken"))
        {
            var (token, answer) = await SolveChallengeAsync(client);
            form = new Dictionary<string, object?>(form) { ["challengeToken"] = token, ["challengeAnswer"] = answer };
        }

        return await client.PostAsync(Url, form);
    }

    /// <summary>Registers and insists on the 202 receipt; returns the email used.</summary>
    public async Task<string> RegisterAsync(Dictionary<string, object?> form)
    {
        using var client = factory.CreateApiClient();
        await client.RefreshXsrfTokenAsync();
        using var response = await PostAsync(client, form);
        if (response.StatusCode != HttpStatusCode.Accepted)
        {
            throw new InvalidOperationException($"Registration failed: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        }

        return (string)form["email"]!;
    }

    public Task<AppUser?> FindUserAsync(string email) =>
        factory.WithServicesAsync(sp => sp.GetRequiredService<UserManager<AppUser>>().FindByEmailAsync(email));

    /// <summary>The token the confirmation email would carry.</summary>
    public Task<(Guid UserId, string Token)> ConfirmationTokenAsync(string email) =>
        factory.WithServicesAsync(async sp =>
        {
            var users = sp.GetRequiredService<UserManager<AppUser>>();
            var user = await users.FindByEmailAsync(email) ?? throw new InvalidOperationException($"No user {email}.");
            return (user.Id, await users.GenerateEmailConfirmationTokenAsync(user));
        });

    /// <summary>The token the invitation email would carry (a password-reset token).</summary>
    public Task<(Guid UserId, string Token)> InvitationTokenAsync(string email) =>
        factory.WithServicesAsync(async sp =>
        {
            var users = sp.GetRequiredService<UserManager<AppUser>>();
            var user = await users.FindByEmailAsync(email) ?? throw new InvalidOperationException($"No user {email}.");
            return (user.Id, await users.GeneratePasswordResetTokenAsync(user));
        });

    /// <summary>Follows the confirmation link through the API, as the Angular confirm page does.</summary>
    public async Task ConfirmEmailAsync(string email)
    {
        var (userId, token) = await ConfirmationTokenAsync(email);
        using var client = factory.CreateApiClient();
        await client.RefreshXsrfTokenAsync();
        using var response = await client.PostAsync(Url + "/confirm-email", new { userId, token });
        if (response.StatusCode != HttpStatusCode.NoContent)
        {
            throw new InvalidOperationException($"Confirmation failed: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        }
    }

    /// <summary>Confirms the address and signs the applicant in.</summary>
    public async Task<ApiClient> ConfirmAndSignInAsync(string email, string password = Password)
    {
        await ConfirmEmailAsync(email);
        var client = factory.CreateApiClient();
        await client.LoginOrFailAsync(email, password);
        return client;
    }
}
