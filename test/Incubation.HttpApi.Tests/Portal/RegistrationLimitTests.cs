using System.Net;

namespace Incubation.Portal;

/// <summary>The host with a low per-address limit on the anonymous account endpoints (codes unlimited).</summary>
public sealed class AddressLimitFactory : IncubationWebApplicationFactory
{
    public const int Permits = 3;

    protected override IDictionary<string, string?> ExtraSettings => new Dictionary<string, string?>
    {
        ["Portal:Registration:PermitsPerAddress"] = Permits.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Portal:Registration:PermitsPerCreditCode"] = "1000",
    };
}

/// <summary>The host with a low per-code limit on sign-ups (addresses unlimited).</summary>
public sealed class CreditCodeLimitFactory : IncubationWebApplicationFactory
{
    public const int Permits = 2;

    protected override IDictionary<string, string?> ExtraSettings => new Dictionary<string, string?>
    {
        ["Portal:Registration:PermitsPerAddress"] = "1000",
        ["Portal:Registration:PermitsPerCreditCode"] = Permits.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };
}

public class RegistrationAddressLimitTests(AddressLimitFactory factory) : IClassFixture<AddressLimitFactory>
{
    private readonly RegistrationFlow _flow = new(factory);
    private readonly PortalScenario _portal = new(factory);

    [Fact]
    public async Task Should_answer_429_problem_details_once_an_address_used_its_sign_ups()
    {
        using var client = factory.CreateApiClient();
        await client.RefreshXsrfTokenAsync();
        for (var i = 0; i < AddressLimitFactory.Permits; i++)
        {
            var attempt = RegistrationFlow.Form(TestData.NewCreditCode());
            attempt["acceptTerms"] = false;
            using var counted = await _flow.PostAsync(client, attempt);
            Assert.Equal(HttpStatusCode.BadRequest, counted.StatusCode);
        }

        var code = TestData.NewCreditCode();
        var valid = RegistrationFlow.Form(code);
        using var limited = await _flow.PostAsync(client, valid);

        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        Assert.Equal("application/problem+json", limited.Content.Headers.ContentType?.MediaType);
        var problem = await PortalScenario.ProblemAsync(limited);
        Assert.Equal(429, problem.GetProperty("status").GetInt32());
        Assert.Equal(IncubationErrorCodes.RegistrationRateLimited, problem.GetProperty("code").GetString());
        Assert.Equal((false, false, false), await _portal.TracesOfAsync((string)valid["email"]!, code));

        // The confirmation link shares the address's allowance.
        using var confirm = await client.PostAsync(RegistrationFlow.Url + "/confirm-email", new { userId = Guid.NewGuid(), token = "x" });
        Assert.Equal(HttpStatusCode.TooManyRequests, confirm.StatusCode);
    }
}

public class RegistrationCreditCodeLimitTests(CreditCodeLimitFactory factory) : IClassFixture<CreditCodeLimitFactory>
{
    private readonly RegistrationFlow _flow = new(factory);
    private readonly PortalScenario _portal = new(factory);

    [Fact]
    public async Task Should_limit_sign_ups_per_code_alike_for_a_registered_and_a_never_registered_code()
    {
        var registered = await _portal.Data.EnterpriseAsync();
        var neverRegistered = TestData.NewCreditCode();

        var (limitedNew, emailNew) = await ExhaustAsync(neverRegistered);
        var (limitedExisting, emailExisting) = await ExhaustAsync(registered.UnifiedSocialCreditCode);

        Assert.Equal(HttpStatusCode.TooManyRequests, limitedNew.Status);
        Assert.Equal(IncubationErrorCodes.RegistrationRateLimited, limitedNew.Code);
        Assert.Equal(limitedNew, limitedExisting);
        Assert.Empty(await _portal.EnterprisesWithCodeAsync(neverRegistered));
        Assert.Equal((false, false, false), await _portal.TracesOfAsync(emailNew, neverRegistered));
        Assert.Null(await _flow.FindUserAsync(emailExisting));

        // Other codes are not affected.
        await _flow.RegisterAsync(RegistrationFlow.Form(TestData.NewCreditCode()));
    }

    /// <summary>Uses up a code's sign-ups with refused attempts, then tries a valid one: (status, code, message) and its email.</summary>
    private async Task<((HttpStatusCode Status, string? Code, string? Detail) Limited, string Email)> ExhaustAsync(string creditCode)
    {
        using var client = factory.CreateApiClient();
        await client.RefreshXsrfTokenAsync();
        for (var i = 0; i < CreditCodeLimitFactory.Permits; i++)
        {
            var attempt = RegistrationFlow.Form(creditCode);
            attempt["acceptTerms"] = false;
            using var counted = await _flow.PostAsync(client, attempt);
            Assert.Equal(HttpStatusCode.BadRequest, counted.StatusCode);
        }

        var valid = RegistrationFlow.Form(creditCode);
        using var limited = await _flow.PostAsync(client, valid);
        var problem = await PortalScenario.ProblemAsync(limited);
        return ((limited.StatusCode, await PortalScenario.CodeAsync(limited), problem.GetProperty("detail").GetString()), (string)valid["email"]!);
    }
}
