using System.Net;
using Incubation.Enterprises;
using Incubation.Identity;
using Incubation.Visits;

namespace Incubation.Portal;

/// <summary>The bureau's verification queue: what approving and rejecting grant, and who may decide.</summary>
public class RegistrationReviewApiTests(IncubationWebApplicationFactory factory) : IClassFixture<IncubationWebApplicationFactory>
{
    private readonly PortalScenario _portal = new(factory);

    private RegistrationFlow Flow => _portal.Flow;

    [Fact]
    public async Task Should_verify_a_new_enterprise_and_make_the_applicant_its_administrator()
    {
        var code = TestData.NewCreditCode();
        var email = await Flow.RegisterAsync(RegistrationFlow.Form(code, enterpriseName: "新核准企业"));
        using var applicant = await Flow.ConfirmAndSignInAsync(email);
        using var admin = await _portal.Data.AdminClientAsync();
        var enterpriseId = Assert.Single(await _portal.EnterprisesWithCodeAsync(code)).Id;

        var approved = await _portal.ApproveAsync(admin, await _portal.RequestOfAsync(admin, email));

        Assert.Equal(ReviewStatus.Approved, approved.Status);
        Assert.NotNull(approved.ReviewedAt);
        Assert.Equal(EnterpriseStatus.Active, (await _portal.StoredEnterpriseAsync(enterpriseId))!.Status);
        Assert.Equal("新核准企业", (await admin.GetFromJsonAsync<EnterpriseDto>($"{EnterpriseRequests.Url}/{enterpriseId}")).Name);
        var user = await _portal.StoredUserAsync((await Flow.FindUserAsync(email))!.Id);
        Assert.Equal((enterpriseId, true, true), (user.EnterpriseId, user.IsEnterpriseAdmin, user.IsActive));
        Assert.Equal([IncubationRoles.EnterpriseUser], await _portal.RolesOfAsync(user.Id));
        Assert.Contains(await PortalScenario.NotificationsAsync(applicant), n => n.Kind == NotificationKind.RegistrationApproved);

        // The session opened before the decision has no role yet; refreshing it picks up the grant.
        using var before = await applicant.GetAsync($"{EnterpriseRequests.Url}/{enterpriseId}");
        PortalScenario.AssertRefused(before);
        using var refreshed = await applicant.PostAsync("/api/account/refresh", new { });
        Assert.Equal(HttpStatusCode.NoContent, refreshed.StatusCode);
        Assert.Equal("新核准企业", (await applicant.GetFromJsonAsync<EnterpriseDto>($"{EnterpriseRequests.Url}/{enterpriseId}")).Name);
        var profile = await applicant.GetFromJsonAsync<PortalProfileDto>(PortalScenario.Profile);
        Assert.Equal((enterpriseId, true), (profile.Enterprise.Id, profile.IsAdmin));
    }

    [Fact]
    public async Task Should_bind_a_claimant_to_an_enterprise_that_has_an_administrator_as_an_ordinary_user()
    {
        var enterprise = await _portal.Data.EnterpriseAsync();
        var incumbent = await _portal.EnterpriseUserAsync(enterprise.Id, isAdmin: true);
        var email = await Flow.RegisterAsync(RegistrationFlow.Form(enterprise.UnifiedSocialCreditCode));
        using var admin = await _portal.Data.AdminClientAsync();

        var request = await _portal.RequestOfAsync(admin, email);
        Assert.Contains(incumbent.DisplayName!, request.ExistingEnterprise!.UserNames);
        await _portal.ApproveAsync(admin, request);

        var claimant = await _portal.StoredUserAsync((await Flow.FindUserAsync(email))!.Id);
        Assert.Equal((enterprise.Id, false), (claimant.EnterpriseId, claimant.IsEnterpriseAdmin));
        Assert.True((await _portal.StoredUserAsync(incumbent.Id)).IsEnterpriseAdmin);
        Assert.Equal([IncubationRoles.EnterpriseUser], await _portal.RolesOfAsync(claimant.Id));
    }

    [Fact]
    public async Task Should_make_the_first_claimant_of_an_enterprise_without_accounts_its_administrator()
    {
        var enterprise = await _portal.Data.EnterpriseAsync();
        var email = await Flow.RegisterAsync(RegistrationFlow.Form(enterprise.UnifiedSocialCreditCode));
        using var admin = await _portal.Data.AdminClientAsync();

        await _portal.ApproveAsync(admin, await _portal.RequestOfAsync(admin, email));

        var claimant = await _portal.StoredUserAsync((await Flow.FindUserAsync(email))!.Id);
        Assert.Equal((enterprise.Id, true), (claimant.EnterpriseId, claimant.IsEnterpriseAdmin));
    }

    [Fact]
    public async Task Should_reject_with_a_reason_drop_the_new_enterprise_and_free_its_code()
    {
        var code = TestData.NewCreditCode();
        var email = await Flow.RegisterAsync(RegistrationFlow.Form(code));
        var enterpriseId = Assert.Single(await _portal.EnterprisesWithCodeAsync(code)).Id;
        using var admin = await _portal.Data.AdminClientAsync();

        var rejected = await _portal.RejectAsync(admin, await _portal.RequestOfAsync(admin, email), "  营业执照与名称不符  ");

        Assert.Equal((ReviewStatus.Rejected, "营业执照与名称不符"), (rejected.Status, rejected.RejectionReason));
        var dropped = await _portal.StoredEnterpriseAsync(enterpriseId);
        Assert.True(dropped!.IsDeleted);
        var user = await _portal.StoredUserAsync((await Flow.FindUserAsync(email))!.Id);
        Assert.Null(user.EnterpriseId);
        Assert.Empty(await _portal.RolesOfAsync(user.Id));

        using var applicant = await Flow.ConfirmAndSignInAsync(email);
        Assert.Contains(await PortalScenario.NotificationsAsync(applicant), n => n.Kind == NotificationKind.RegistrationRejected);
        var mine = await applicant.GetFromJsonAsync<MyRegistrationDto>(RegistrationFlow.Url + "/mine");
        Assert.Equal((ReviewStatus.Rejected, "营业执照与名称不符"), (mine.Status, mine.RejectionReason));
        using var read = await applicant.GetAsync($"{EnterpriseRequests.Url}/{enterpriseId}");
        PortalScenario.AssertRefused(read);
        using var profile = await applicant.GetAsync(PortalScenario.Profile);
        Assert.Equal(HttpStatusCode.Forbidden, profile.StatusCode);

        // The code is free again: a new sign-up with it is a new enterprise, not a claim on the dropped one.
        var again = await Flow.RegisterAsync(RegistrationFlow.Form(code));
        Assert.Equal(RegistrationKind.NewEnterprise, (await _portal.RequestOfAsync(admin, again)).Kind);
        Assert.Single(await _portal.EnterprisesWithCodeAsync(code), e => !e.IsDeleted && e.Id != enterpriseId);
    }

    [Fact]
    public async Task Should_keep_a_new_enterprise_that_another_applicant_claims_when_its_first_applicant_is_rejected()
    {
        var code = TestData.NewCreditCode();
        var first = await Flow.RegisterAsync(RegistrationFlow.Form(code, enterpriseName: "同码企业"));
        var second = await Flow.RegisterAsync(RegistrationFlow.Form(code, enterpriseName: "同码企业"));
        var enterpriseId = Assert.Single(await _portal.EnterprisesWithCodeAsync(code)).Id;
        using var admin = await _portal.Data.AdminClientAsync();
        var claim = await _portal.RequestOfAsync(admin, second);
        Assert.Equal((RegistrationKind.Claim, enterpriseId), (claim.Kind, claim.ExistingEnterprise?.Id));

        await _portal.RejectAsync(admin, await _portal.RequestOfAsync(admin, first), "联系人与企业无关");
        Assert.False((await _portal.StoredEnterpriseAsync(enterpriseId))!.IsDeleted);

        var approved = await _portal.ApproveAsync(admin, await _portal.RequestOfAsync(admin, claim.Email));
        Assert.Equal(ReviewStatus.Approved, approved.Status);
        var enterprise = await _portal.StoredEnterpriseAsync(enterpriseId);
        Assert.Equal((EnterpriseStatus.Active, false), (enterprise!.Status, enterprise.IsDeleted));
        var claimant = await _portal.StoredUserAsync((await Flow.FindUserAsync(second))!.Id);
        Assert.Equal((enterpriseId, true), (claimant.EnterpriseId, claimant.IsEnterpriseAdmin));
    }

    [Fact]
    public async Task Should_drop_a_self_registered_enterprise_once_every_sign_up_for_it_is_rejected()
    {
        var code = TestData.NewCreditCode();
        var first = await Flow.RegisterAsync(RegistrationFlow.Form(code));
        var second = await Flow.RegisterAsync(RegistrationFlow.Form(code));
        var enterpriseId = Assert.Single(await _portal.EnterprisesWithCodeAsync(code)).Id;
        using var admin = await _portal.Data.AdminClientAsync();

        await _portal.RejectAsync(admin, await _portal.RequestOfAsync(admin, second), "重复注册");
        Assert.False((await _portal.StoredEnterpriseAsync(enterpriseId))!.IsDeleted);
        await _portal.RejectAsync(admin, await _portal.RequestOfAsync(admin, first), "资料不实");

        Assert.True((await _portal.StoredEnterpriseAsync(enterpriseId))!.IsDeleted);
        var again = await Flow.RegisterAsync(RegistrationFlow.Form(code));
        Assert.Equal(RegistrationKind.NewEnterprise, (await _portal.RequestOfAsync(admin, again)).Kind);
    }

    [Fact]
    public async Task Should_refuse_to_decide_a_request_twice()
    {
        var email = await Flow.RegisterAsync(RegistrationFlow.Form(TestData.NewCreditCode()));
        using var admin = await _portal.Data.AdminClientAsync();
        var approved = await _portal.ApproveAsync(admin, await _portal.RequestOfAsync(admin, email));

        using var approveAgain = await admin.PostAsync($"{PortalScenario.Registrations}/{approved.Id}/approve", new { concurrencyStamp = approved.ConcurrencyStamp });
        using var rejectAfter = await admin.PostAsync($"{PortalScenario.Registrations}/{approved.Id}/reject", new { reason = "改主意了", concurrencyStamp = approved.ConcurrencyStamp });

        Assert.Equal((HttpStatusCode.Conflict, HttpStatusCode.Conflict), (approveAgain.StatusCode, rejectAfter.StatusCode));
        Assert.Equal(IncubationErrorCodes.ReviewAlreadyDecided, await PortalScenario.CodeAsync(approveAgain));
        Assert.Equal(ReviewStatus.Approved, (await _portal.RequestOfAsync(admin, email)).Status);
    }

    [Fact]
    public async Task Should_refuse_a_decision_on_a_stale_stamp()
    {
        var email = await Flow.RegisterAsync(RegistrationFlow.Form(TestData.NewCreditCode()));
        using var admin = await _portal.Data.AdminClientAsync();
        var request = await _portal.RequestOfAsync(admin, email);

        using var approve = await admin.PostAsync($"{PortalScenario.Registrations}/{request.Id}/approve", new { concurrencyStamp = "stale" });
        using var reject = await admin.PostAsync($"{PortalScenario.Registrations}/{request.Id}/reject", new { reason = "x", concurrencyStamp = "stale" });

        Assert.Equal((HttpStatusCode.Conflict, HttpStatusCode.Conflict), (approve.StatusCode, reject.StatusCode));
        Assert.Equal(IncubationErrorCodes.ConcurrencyConflict, await PortalScenario.CodeAsync(approve));
        Assert.Equal(ReviewStatus.Pending, (await _portal.RequestOfAsync(admin, email)).Status);
        Assert.Null((await Flow.FindUserAsync(email))!.EnterpriseId);
    }

    [Fact]
    public async Task Should_keep_the_queue_and_its_decisions_to_the_bureau()
    {
        var email = await Flow.RegisterAsync(RegistrationFlow.Form(TestData.NewCreditCode()));
        using var admin = await _portal.Data.AdminClientAsync();
        var request = await _portal.RequestOfAsync(admin, email);
        var (_, _, enterpriseAdmin) = await _portal.EnterpriseWithAdminAsync();
        using var manager = await _portal.Data.ClientForAsync(IncubationRoles.IncubatorManager, incubatorId: (await _portal.Data.IncubatorAsync()).Id);

        foreach (var client in new[] { enterpriseAdmin, manager })
        {
            using var queue = await client.GetAsync(PortalScenario.Registrations);
            using var approve = await client.PostAsync($"{PortalScenario.Registrations}/{request.Id}/approve", new { concurrencyStamp = request.ConcurrencyStamp });
            using var reject = await client.PostAsync($"{PortalScenario.Registrations}/{request.Id}/reject", new { reason = "x", concurrencyStamp = request.ConcurrencyStamp });
            using var changes = await client.GetAsync(PortalScenario.ProfileChanges);
            Assert.Equal(
                (HttpStatusCode.Forbidden, HttpStatusCode.Forbidden, HttpStatusCode.Forbidden, HttpStatusCode.Forbidden),
                (queue.StatusCode, approve.StatusCode, reject.StatusCode, changes.StatusCode));
            Assert.DoesNotContain(email, await queue.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);
        }

        enterpriseAdmin.Dispose();
        Assert.Equal(ReviewStatus.Pending, (await _portal.RequestOfAsync(admin, email)).Status);
    }

    [Fact]
    public async Task Should_refuse_a_rejection_without_a_reason()
    {
        var email = await Flow.RegisterAsync(RegistrationFlow.Form(TestData.NewCreditCode()));
        using var admin = await _portal.Data.AdminClientAsync();
        var request = await _portal.RequestOfAsync(admin, email);

        using var response = await admin.PostAsync($"{PortalScenario.Registrations}/{request.Id}/reject", new { reason = "   ", concurrencyStamp = request.ConcurrencyStamp });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotEmpty(await PortalScenario.FieldErrorsAsync(response, "reason"));
        Assert.Equal(ReviewStatus.Pending, (await _portal.RequestOfAsync(admin, email)).Status);
    }
}
