using System.Text.Json.Nodes;
using System.Net;
using System.Text.RegularExpressions;
using Incubation.Dtos;
using Incubation.Enterprises;
using Incubation.Identity;

namespace Incubation.Portal;

/// <summary>The public sign-up: what it creates, what it refuses, and that it tells nothing about the registry.</summary>
public class RegistrationApiTests(IncubationWebApplicationFactory factory) : IClassFixture<IncubationWebApplicationFactory>
{
    private readonly PortalScenario _portal = new(factory);

    private RegistrationFlow Flow => _portal.Flow;

    [Fact]
    public async Task Should_accept_a_new_code_and_keep_its_enterprise_out_of_every_list_until_verified()
    {
        var code = TestData.NewCreditCode();
        var form = RegistrationFlow.Form(code, enterpriseName: "星河芯片科技有限公司");
        using var anonymous = await AnonymousAsync();

        using var response = await Flow.PostAsync(anonymous, form);

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        Assert.Equal((string)form["email"]!, (await anonymous.ReadAsync<RegistrationReceiptDto>(response)).Email);
        var created = Assert.Single(await _portal.EnterprisesWithCodeAsync(code));
        Assert.Equal((EnterpriseStatus.PendingVerification, "星河芯片科技有限公司"), (created.Status, created.Name));

        using var admin = await _portal.Data.AdminClientAsync();
        var request = await _portal.RequestOfAsync(admin, (string)form["email"]!);
        Assert.Equal((RegistrationKind.NewEnterprise, ReviewStatus.Pending, code, false), (request.Kind, request.Status, request.CreditCode, request.EmailConfirmed));
        Assert.Null(request.ExistingEnterprise);

        var adminList = await admin.GetFromJsonAsync<PagedResultDto<EnterpriseListItemDto>>($"{EnterpriseRequests.Url}?filter={code}&maxResultCount=100");
        Assert.Empty(adminList.Items);
        using var adminRead = await admin.GetAsync($"{EnterpriseRequests.Url}/{created.Id}");
        Assert.Equal(HttpStatusCode.NotFound, adminRead.StatusCode);
        using var street = await _portal.Data.ClientForAsync(IncubationRoles.StreetOfficer, subDistrictCode: TestData.SubDistrictA);
        var streetList = await street.GetFromJsonAsync<PagedResultDto<EnterpriseListItemDto>>($"{EnterpriseRequests.Url}?maxResultCount=100");
        Assert.DoesNotContain(streetList.Items, e => e.Id == created.Id);

        var user = await Flow.FindUserAsync((string)form["email"]!);
        Assert.NotNull(user);
        Assert.Null(user.EnterpriseId);
        Assert.Empty(await _portal.RolesOfAsync(user.Id));
    }

    [Fact]
    public async Task Should_make_an_existing_code_a_claim_that_shows_the_claimant_nothing_before_approval()
    {
        var existing = await _portal.Data.EnterpriseAsync("已在库企业 " + Guid.NewGuid().ToString("N")[..6]);
        var email = await Flow.RegisterAsync(RegistrationFlow.Form(existing.UnifiedSocialCreditCode, enterpriseName: "我方填写的名称"));

        Assert.Single(await _portal.EnterprisesWithCodeAsync(existing.UnifiedSocialCreditCode));
        using var admin = await _portal.Data.AdminClientAsync();
        var request = await _portal.RequestOfAsync(admin, email);
        Assert.Equal((RegistrationKind.Claim, ReviewStatus.Pending), (request.Kind, request.Status));
        Assert.Equal(existing.Id, request.ExistingEnterprise?.Id);

        using var claimant = await Flow.ConfirmAndSignInAsync(email);
        string[] urls =
        [
            $"{EnterpriseRequests.Url}/{existing.Id}",
            $"{EnterpriseRequests.Url}/{existing.Id}/yearly-data",
            $"{EnterpriseRequests.Url}/{existing.Id}/qualifications",
        ];
        foreach (var url in urls)
        {
            using var read = await claimant.GetAsync(url);
            PortalScenario.AssertRefused(read);
            Assert.DoesNotContain(existing.Name, await read.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        foreach (var list in new[] { EnterpriseRequests.Url, "/api/app/needs", "/api/app/visits", "/api/app/cultivation/pool" })
        {
            using var response = await claimant.GetAsync(list + "?maxResultCount=100");
            var body = await response.Content.ReadAsStringAsync();
            Assert.True(response.StatusCode == HttpStatusCode.Forbidden || body.Contains("\"items\":[]", StringComparison.Ordinal), $"{list}: {(int)response.StatusCode} {body}");
            Assert.DoesNotContain(existing.Name, body, StringComparison.Ordinal);
        }

        using var profile = await claimant.GetAsync(PortalScenario.Profile);
        Assert.Equal(HttpStatusCode.Forbidden, profile.StatusCode);
    }

    [Fact]
    public async Task Should_refuse_a_malformed_credit_code()
    {
        using var anonymous = await AnonymousAsync();
        using var response = await Flow.PostAsync(anonymous, RegistrationFlow.Form("91520103-NOT-A-CODE"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotEmpty(await PortalScenario.FieldErrorsAsync(response, "unifiedSocialCreditCode"));
    }

    [Fact]
    public async Task Should_name_the_expected_check_character_and_accept_the_code_with_an_explanation()
    {
        var valid = TestData.NewCreditCode();
        var expected = valid[17];
        var wrong = valid[..17] + UnifiedSocialCreditCode.Alphabet.First(c => c != expected);
        using var anonymous = await AnonymousAsync();

        using var refused = await Flow.PostAsync(anonymous, RegistrationFlow.Form(wrong));
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var message = Assert.Single(await PortalScenario.FieldErrorsAsync(refused, "unifiedSocialCreditCode"));
        Assert.Contains($"“{expected}”", message, StringComparison.Ordinal);
        Assert.Empty(await _portal.EnterprisesWithCodeAsync(wrong));

        var explained = RegistrationFlow.Form(wrong);
        explained["creditCodeOverrideReason"] = "营业执照上即为此代码（早期试点）";
        using var accepted = await Flow.PostAsync(anonymous, explained);
        Assert.Equal(HttpStatusCode.Accepted, accepted.StatusCode);
        var stored = Assert.Single(await _portal.EnterprisesWithCodeAsync(wrong));
        Assert.Equal("营业执照上即为此代码（早期试点）", stored.CreditCodeOverrideReason);
    }

    [Fact]
    public async Task Should_refuse_an_email_that_already_has_an_account()
    {
        var email = await Flow.RegisterAsync(RegistrationFlow.Form(TestData.NewCreditCode()));
        var code = TestData.NewCreditCode();
        using var anonymous = await AnonymousAsync();

        using var response = await Flow.PostAsync(anonymous, RegistrationFlow.Form(code, email: email.ToUpperInvariant()));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotEmpty(await PortalScenario.FieldErrorsAsync(response, "email"));
        Assert.Empty(await _portal.EnterprisesWithCodeAsync(code));
    }

    [Fact]
    public async Task Should_refuse_a_weak_password_in_chinese_and_write_nothing()
    {
        var code = TestData.NewCreditCode();
        var form = RegistrationFlow.Form(code);
        form["password"] = "abc";
        using var anonymous = await AnonymousAsync();

        using var response = await Flow.PostAsync(anonymous, form);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var messages = string.Join(" ", await PortalScenario.FieldErrorsAsync(response, "password"));
        Assert.Matches(new Regex(@"\p{IsCJKUnifiedIdeographs}"), messages);
        Assert.Contains("密码", messages, StringComparison.Ordinal);
        Assert.Equal((false, false, false), await _portal.TracesOfAsync((string)form["email"]!, code));
    }

    [Fact]
    public async Task Should_report_an_address_accounts_cannot_use_on_the_email_field_without_spending_the_challenge()
    {
        var code = TestData.NewCreditCode();
        using var anonymous = await AnonymousAsync();
        var (token, answer) = await Flow.SolveChallengeAsync(anonymous);
        var form = RegistrationFlow.Form(code, email: $"o'neil.{Guid.NewGuid():N}"[..16] + "@example.com");
        form["challengeToken"] = token;
        form["challengeAnswer"] = answer;

        using var response = await Flow.PostAsync(anonymous, form);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Matches(new Regex(@"\p{IsCJKUnifiedIdeographs}"), string.Join(" ", await PortalScenario.FieldErrorsAsync(response, "email")));
        Assert.False((await PortalScenario.ProblemAsync(response)).GetProperty("errors").TryGetProperty("password", out _));
        Assert.Equal((false, false, false), await _portal.TracesOfAsync((string)form["email"]!, code));

        form["email"] = RegistrationFlow.NewEmail();
        using var corrected = await Flow.PostAsync(anonymous, form);
        Assert.Equal(HttpStatusCode.Accepted, corrected.StatusCode);
    }

    [Fact]
    public async Task Should_refuse_a_sign_up_without_accepting_the_terms()
    {
        var code = TestData.NewCreditCode();
        var form = RegistrationFlow.Form(code);
        form["acceptTerms"] = false;
        using var anonymous = await AnonymousAsync();

        using var response = await Flow.PostAsync(anonymous, form);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotEmpty(await PortalScenario.FieldErrorsAsync(response, "acceptTerms"));
        Assert.Equal((false, false, false), await _portal.TracesOfAsync((string)form["email"]!, code));
    }

    [Fact]
    public async Task Should_ask_once_for_a_missing_sub_district_and_tech_field()
    {
        var code = TestData.NewCreditCode();
        var form = RegistrationFlow.Form(code);
        form["subDistrictCode"] = "";
        form["industryFieldCode"] = "";
        using var anonymous = await AnonymousAsync();

        using var response = await Flow.PostAsync(anonymous, form);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Single(await PortalScenario.FieldErrorsAsync(response, "subDistrictCode"));
        Assert.Single(await PortalScenario.FieldErrorsAsync(response, "industryFieldCode"));
        Assert.Equal((false, false, false), await _portal.TracesOfAsync((string)form["email"]!, code));
    }

    [Fact]
    public async Task Should_refuse_a_wrong_challenge_answer_and_write_nothing()
    {
        var code = TestData.NewCreditCode();
        using var anonymous = await AnonymousAsync();
        var (token, answer) = await Flow.SolveChallengeAsync(anonymous);
        var form = RegistrationFlow.Form(code);
        form["challengeToken"] = token;
        form["challengeAnswer"] = (int.Parse(answer, System.Globalization.CultureInfo.InvariantCulture) + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);

        using var response = await Flow.PostAsync(anonymous, form);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotEmpty(await PortalScenario.FieldErrorsAsync(response, "challengeAnswer"));
        Assert.Equal((false, false, false), await _portal.TracesOfAsync((string)form["email"]!, code));
    }

    [Fact]
    public async Task Should_spend_a_challenge_token_on_its_first_use()
    {
        using var anonymous = await AnonymousAsync();
        var (token, answer) = await Flow.SolveChallengeAsync(anonymous);
        var first = RegistrationFlow.Form(TestData.NewCreditCode());
        first["challengeToken"] = token;
        first["challengeAnswer"] = answer;
        using var accepted = await Flow.PostAsync(anonymous, first);
        Assert.Equal(HttpStatusCode.Accepted, accepted.StatusCode);

        var replayCode = TestData.NewCreditCode();
        var replay = RegistrationFlow.Form(replayCode);
        replay["challengeToken"] = token;
        replay["challengeAnswer"] = answer;
        using var replayed = await Flow.PostAsync(anonymous, replay);
        Assert.Equal(HttpStatusCode.BadRequest, replayed.StatusCode);
        Assert.NotEmpty(await PortalScenario.FieldErrorsAsync(replayed, "challengeAnswer"));
        Assert.Equal((false, false, false), await _portal.TracesOfAsync((string)replay["email"]!, replayCode));

        // A wrong guess spends the token too: no second guess on the same question.
        var (second, secondAnswer) = await Flow.SolveChallengeAsync(anonymous);
        var guess = RegistrationFlow.Form(TestData.NewCreditCode());
        guess["challengeToken"] = second;
        guess["challengeAnswer"] = secondAnswer + "0";
        using var wrong = await Flow.PostAsync(anonymous, guess);
        Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
        guess["challengeAnswer"] = secondAnswer;
        using var retried = await Flow.PostAsync(anonymous, guess);
        Assert.Equal(HttpStatusCode.BadRequest, retried.StatusCode);
        Assert.NotEmpty(await PortalScenario.FieldErrorsAsync(retried, "challengeAnswer"));
    }

    [Fact]
    public async Task Should_answer_a_new_and_an_existing_code_alike_apart_from_the_email()
    {
        var existing = await _portal.Data.EnterpriseAsync();
        var newForm = RegistrationFlow.Form(TestData.NewCreditCode(), enterpriseName: "同名企业");
        var claimForm = RegistrationFlow.Form(existing.UnifiedSocialCreditCode, enterpriseName: "同名企业");
        using var anonymous = await AnonymousAsync();

        using var forNew = await Flow.PostAsync(anonymous, newForm);
        using var forExisting = await Flow.PostAsync(anonymous, claimForm);

        Assert.Equal(HttpStatusCode.Accepted, forNew.StatusCode);
        Assert.Equal(forNew.StatusCode, forExisting.StatusCode);
        Assert.Equal(forNew.Content.Headers.ContentType?.ToString(), forExisting.Content.Headers.ContentType?.ToString());
        var newBody = (await forNew.Content.ReadAsStringAsync()).Replace((string)newForm["email"]!, "<email>", StringComparison.Ordinal);
        var existingBody = (await forExisting.Content.ReadAsStringAsync()).Replace((string)claimForm["email"]!, "<email>", StringComparison.Ordinal);
        Assert.Equal(newBody, existingBody);
        Assert.DoesNotContain(existing.Name, existingBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_refuse_sign_in_until_the_email_is_confirmed()
    {
        var email = await Flow.RegisterAsync(RegistrationFlow.Form(TestData.NewCreditCode()));
        using var client = factory.CreateApiClient();

        using var unconfirmed = await client.LoginAsync(email, RegistrationFlow.Password);
        Assert.Equal(HttpStatusCode.Forbidden, unconfirmed.StatusCode);
        var problem = await PortalScenario.ProblemAsync(unconfirmed);
        Assert.Equal(IncubationErrorCodes.EmailNotConfirmed, problem.GetProperty("type").GetString());
        Assert.Equal(IncubationErrorCodes.EmailNotConfirmed, problem.GetProperty("code").GetString());

        // A wrong password learns nothing about the account's state.
        using var wrongPassword = await client.LoginAsync(email, "Wrong-Pass1!");
        Assert.Equal(HttpStatusCode.Unauthorized, wrongPassword.StatusCode);

        await Flow.ConfirmEmailAsync(email);
        using var confirmed = await client.LoginAsync(email, RegistrationFlow.Password);
        Assert.Equal(HttpStatusCode.NoContent, confirmed.StatusCode);
    }

    [Fact]
    public async Task Should_refuse_a_forged_confirmation_link()
    {
        var email = await Flow.RegisterAsync(RegistrationFlow.Form(TestData.NewCreditCode()));
        var user = await Flow.FindUserAsync(email);
        using var anonymous = await AnonymousAsync();

        using var response = await anonymous.PostAsync(RegistrationFlow.Url + "/confirm-email", new { userId = user!.Id, token = "forged" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotEmpty(await PortalScenario.FieldErrorsAsync(response, "token"));
        Assert.False((await _portal.StoredUserAsync(user.Id)).EmailConfirmed);
    }

    [Fact]
    public async Task Should_show_the_applicant_their_pending_registration()
    {
        var code = TestData.NewCreditCode();
        var email = await Flow.RegisterAsync(RegistrationFlow.Form(code, enterpriseName: "待审企业"));
        using var applicant = await Flow.ConfirmAndSignInAsync(email);

        var mine = await applicant.GetFromJsonAsync<MyRegistrationDto>(RegistrationFlow.Url + "/mine");

        Assert.Equal((ReviewStatus.Pending, "待审企业", code, true), (mine.Status, mine.EnterpriseName, mine.CreditCode, mine.EmailConfirmed));
        Assert.Null(mine.ReviewedAt);

        using var officer = await _portal.Data.ClientForAsync(IncubationRoles.StreetOfficer, subDistrictCode: TestData.SubDistrictA);
        using var none = await officer.GetAsync(RegistrationFlow.Url + "/mine");
        Assert.Equal(HttpStatusCode.NoContent, none.StatusCode);
        using var anonymous = factory.CreateApiClient();
        using var signedOut = await anonymous.GetAsync(RegistrationFlow.Url + "/mine");
        Assert.Equal(HttpStatusCode.Unauthorized, signedOut.StatusCode);
    }

    [Fact]
    public async Task Should_not_tell_a_claimant_through_their_status_that_the_code_was_registered()
    {
        var existing = await _portal.Data.EnterpriseAsync(name: "已在库企业" + Guid.NewGuid().ToString("N")[..4]);
        var claimEmail = await Flow.RegisterAsync(RegistrationFlow.Form(existing.UnifiedSocialCreditCode, enterpriseName: "认领企业"));
        var newEmail = await Flow.RegisterAsync(RegistrationFlow.Form(TestData.NewCreditCode(), enterpriseName: "新注册企业"));
        using var claimant = await Flow.ConfirmAndSignInAsync(claimEmail);
        using var newcomer = await Flow.ConfirmAndSignInAsync(newEmail);

        var claim = JsonNode.Parse(await claimant.Http.GetStringAsync(RegistrationFlow.Url + "/mine"))!.AsObject();
        var fresh = JsonNode.Parse(await newcomer.Http.GetStringAsync(RegistrationFlow.Url + "/mine"))!.AsObject();

        Assert.Equal(fresh.Select(p => p.Key).Order(), claim.Select(p => p.Key).Order());
        foreach (var property in new[] { "id", "enterpriseName", "creditCode", "submittedAt" })
        {
            claim.Remove(property);
            fresh.Remove(property);
        }

        Assert.Equal(fresh.ToJsonString(), claim.ToJsonString());
    }

    private async Task<ApiClient> AnonymousAsync()
    {
        var client = factory.CreateApiClient();
        await client.RefreshXsrfTokenAsync();
        return client;
    }
}
