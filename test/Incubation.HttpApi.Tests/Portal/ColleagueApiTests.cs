using System.Net;
using Incubation.Enterprises;
using Incubation.Identity;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Incubation.Portal;

/// <summary>The accounts of an enterprise: its administrator invites and removes, nobody reaches another's.</summary>
public class ColleagueApiTests(IncubationWebApplicationFactory factory) : IClassFixture<IncubationWebApplicationFactory>
{
    private readonly PortalScenario _portal = new(factory);

    [Fact]
    public async Task Should_let_the_administrator_invite_a_colleague_bound_to_the_enterprise()
    {
        var (enterprise, admin, client) = await _portal.EnterpriseWithAdminAsync();
        using var owner = client;
        var email = RegistrationFlow.NewEmail();

        var invited = await owner.ReadAsync<ColleagueDto>(await owner.PostAsync(PortalScenario.Colleagues,
            new { displayName = "钱同事", email, phoneNumber = "+86 139 0000 2222" }));

        Assert.Equal((email, false, false), (invited.Email, invited.IsAdmin, invited.EmailConfirmed));
        var stored = await _portal.StoredUserAsync(invited.Id);
        Assert.Equal((enterprise.Id, true, false, "13900002222"), (stored.EnterpriseId, stored.IsActive, stored.IsEnterpriseAdmin, stored.PhoneNumber));
        Assert.Null(stored.PasswordHash);
        Assert.Equal([IncubationRoles.EnterpriseUser], await _portal.RolesOfAsync(invited.Id));

        var colleagues = await owner.GetFromJsonAsync<List<ColleagueDto>>(PortalScenario.Colleagues);
        Assert.Equal(admin.Id, colleagues[0].Id);
        Assert.True(colleagues[0].IsAdmin && colleagues[0].IsCurrentUser);
        Assert.Contains(colleagues, c => c.Id == invited.Id && !c.IsAdmin && !c.IsCurrentUser);
    }

    [Fact]
    public async Task Should_let_an_invited_colleague_set_a_password_with_the_invitation_and_sign_in()
    {
        var (enterprise, _, client) = await _portal.EnterpriseWithAdminAsync();
        using var owner = client;
        var email = RegistrationFlow.NewEmail();
        await owner.ReadAsync<ColleagueDto>(await owner.PostAsync(PortalScenario.Colleagues, new { displayName = "孙同事", email }));
        var (userId, token) = await _portal.Flow.InvitationTokenAsync(email);
        using var anonymous = factory.CreateApiClient();
        await anonymous.RefreshXsrfTokenAsync();

        using var forged = await anonymous.PostAsync(RegistrationFlow.Url + "/set-password", new { userId, token = "forged", password = RegistrationFlow.Password });
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.NotEmpty(await PortalScenario.FieldErrorsAsync(forged, "token"));

        using var set = await anonymous.PostAsync(RegistrationFlow.Url + "/set-password", new { userId, token, password = RegistrationFlow.Password });
        Assert.Equal(HttpStatusCode.NoContent, set.StatusCode);
        Assert.True((await _portal.StoredUserAsync(userId)).EmailConfirmed);

        using var colleague = factory.CreateApiClient();
        await colleague.LoginOrFailAsync(email, RegistrationFlow.Password);
        var profile = await colleague.GetFromJsonAsync<PortalProfileDto>(PortalScenario.Profile);
        Assert.Equal((enterprise.Id, false), (profile.Enterprise.Id, profile.IsAdmin));

        // The link works once.
        using var replay = await anonymous.PostAsync(RegistrationFlow.Url + "/set-password", new { userId, token, password = "Other-Pass2!" });
        Assert.Equal(HttpStatusCode.BadRequest, replay.StatusCode);
    }

    [Fact]
    public async Task Should_keep_inviting_and_removing_to_the_administrator()
    {
        var (enterprise, admin, client) = await _portal.EnterpriseWithAdminAsync();
        client.Dispose();
        var member = await _portal.EnterpriseUserAsync(enterprise.Id, isAdmin: false);
        using var colleague = await _portal.Data.ClientForAsync(member);
        var email = RegistrationFlow.NewEmail();

        using var invite = await colleague.PostAsync(PortalScenario.Colleagues, new { displayName = "周同事", email });
        using var remove = await colleague.DeleteAsync($"{PortalScenario.Colleagues}/{admin.Id}");

        Assert.Equal((HttpStatusCode.Forbidden, HttpStatusCode.Forbidden), (invite.StatusCode, remove.StatusCode));
        Assert.Equal(IncubationErrorCodes.NotEnterpriseAdmin, await PortalScenario.CodeAsync(invite));
        Assert.Null(await _portal.Flow.FindUserAsync(email));
        var stored = await _portal.StoredUserAsync(admin.Id);
        Assert.Equal((true, enterprise.Id), (stored.IsActive, stored.EnterpriseId));

        // Reading the list is for every colleague.
        var colleagues = await colleague.GetFromJsonAsync<List<ColleagueDto>>(PortalScenario.Colleagues);
        Assert.Equal([admin.Id, member.Id], colleagues.Select(c => c.Id));
    }

    [Fact]
    public async Task Should_not_let_the_administrator_remove_themselves()
    {
        var (enterprise, admin, client) = await _portal.EnterpriseWithAdminAsync();
        using var owner = client;

        using var response = await owner.DeleteAsync($"{PortalScenario.Colleagues}/{admin.Id}");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal(IncubationErrorCodes.CannotRemoveYourself, await PortalScenario.CodeAsync(response));
        var stored = await _portal.StoredUserAsync(admin.Id);
        Assert.Equal((true, enterprise.Id, true), (stored.IsActive, stored.EnterpriseId, stored.IsEnterpriseAdmin));
    }

    [Fact]
    public async Task Should_remove_a_colleague_from_the_enterprise_for_good()
    {
        var (enterprise, _, client) = await _portal.EnterpriseWithAdminAsync();
        using var owner = client;
        var member = await _portal.EnterpriseUserAsync(enterprise.Id, isAdmin: false);
        using var colleague = await _portal.Data.ClientForAsync(member);
        Assert.Equal(enterprise.Name, (await colleague.GetFromJsonAsync<EnterpriseDto>($"{EnterpriseRequests.Url}/{enterprise.Id}")).Name);

        using var removed = await owner.DeleteAsync($"{PortalScenario.Colleagues}/{member.Id}");

        Assert.Equal(HttpStatusCode.NoContent, removed.StatusCode);
        var stored = await _portal.StoredUserAsync(member.Id);
        Assert.Equal((false, (Guid?)null, false), (stored.IsActive, stored.EnterpriseId, stored.IsEnterpriseAdmin));
        Assert.Empty(await _portal.RolesOfAsync(member.Id));
        Assert.DoesNotContain(await owner.GetFromJsonAsync<List<ColleagueDto>>(PortalScenario.Colleagues), c => c.Id == member.Id);

        // Signing in again is over, and the open session cannot be renewed with the old grant.
        using var again = factory.CreateApiClient();
        using var login = await again.LoginAsync(member.UserName!, IncubationWebApplicationFactory.UserPassword);
        Assert.Equal(HttpStatusCode.Unauthorized, login.StatusCode);
        using var read = await again.GetAsync($"{EnterpriseRequests.Url}/{enterprise.Id}");
        Assert.Equal(HttpStatusCode.Unauthorized, read.StatusCode);
        using var refresh = await colleague.PostAsync("/api/account/refresh", new { });
        Assert.Equal(HttpStatusCode.Unauthorized, refresh.StatusCode);

        // Removing them twice finds nobody.
        using var twice = await owner.DeleteAsync($"{PortalScenario.Colleagues}/{member.Id}");
        Assert.Equal(HttpStatusCode.NotFound, twice.StatusCode);
    }

    [Fact]
    public async Task Should_answer_404_for_an_account_of_another_enterprise_and_leave_it_alone()
    {
        var (_, _, client) = await _portal.EnterpriseWithAdminAsync();
        using var owner = client;
        var other = await _portal.Data.EnterpriseAsync();
        var stranger = await _portal.EnterpriseUserAsync(other.Id, isAdmin: true);
        var bureauUser = await _portal.Data.UserAsync(IncubationRoles.BureauReviewer);

        using var foreign = await owner.DeleteAsync($"{PortalScenario.Colleagues}/{stranger.Id}");
        using var staff = await owner.DeleteAsync($"{PortalScenario.Colleagues}/{bureauUser.Id}");

        Assert.Equal((HttpStatusCode.NotFound, HttpStatusCode.NotFound), (foreign.StatusCode, staff.StatusCode));
        Assert.DoesNotContain(stranger.UserName!, await foreign.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var stored = await _portal.StoredUserAsync(stranger.Id);
        Assert.Equal((true, other.Id, true, stranger.SecurityStamp), (stored.IsActive, stored.EnterpriseId, stored.IsEnterpriseAdmin, stored.SecurityStamp));
        Assert.Equal([IncubationRoles.EnterpriseUser], await _portal.RolesOfAsync(stranger.Id));
        Assert.True((await _portal.StoredUserAsync(bureauUser.Id)).IsActive);
        Assert.DoesNotContain(await owner.GetFromJsonAsync<List<ColleagueDto>>(PortalScenario.Colleagues), c => c.Id == stranger.Id);
    }

    [Fact]
    public async Task Should_refuse_inviting_an_address_accounts_cannot_use_on_the_email_field()
    {
        var (_, _, client) = await _portal.EnterpriseWithAdminAsync();
        using var owner = client;
        var email = $"o'neil.{Guid.NewGuid():N}"[..16] + "@example.com";

        using var response = await owner.PostAsync(PortalScenario.Colleagues, new { displayName = "欧尼尔", email });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("邮箱", string.Join(" ", await PortalScenario.FieldErrorsAsync(response, "email")), StringComparison.Ordinal);
        Assert.Null(await _portal.Flow.FindUserAsync(email));
    }

    [Fact]
    public async Task Should_refuse_inviting_an_address_that_already_has_an_account()
    {
        var (_, _, client) = await _portal.EnterpriseWithAdminAsync();
        using var owner = client;
        var other = await _portal.Data.EnterpriseAsync();
        var stranger = await _portal.EnterpriseUserAsync(other.Id, isAdmin: true);

        using var response = await owner.PostAsync(PortalScenario.Colleagues, new { displayName = "冒名", email = stranger.Email });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotEmpty(await PortalScenario.FieldErrorsAsync(response, "email"));
        Assert.Equal(other.Id, (await _portal.StoredUserAsync(stranger.Id)).EnterpriseId);
    }
}

/// <summary>The host checking the security stamp on every request, so a changed account's open session ends at once.</summary>
public sealed class StrictSessionFactory : IncubationWebApplicationFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services =>
            services.Configure<SecurityStampValidatorOptions>(options => options.ValidationInterval = TimeSpan.Zero));
    }
}

public class RemovedColleagueSessionTests(StrictSessionFactory factory) : IClassFixture<StrictSessionFactory>
{
    private readonly PortalScenario _portal = new(factory);

    [Fact]
    public async Task Should_end_the_open_session_of_a_removed_colleague()
    {
        var (enterprise, _, client) = await _portal.EnterpriseWithAdminAsync();
        using var owner = client;
        var member = await _portal.EnterpriseUserAsync(enterprise.Id, isAdmin: false);
        using var colleague = await _portal.Data.ClientForAsync(member);
        using var before = await colleague.GetAsync($"{EnterpriseRequests.Url}/{enterprise.Id}");
        Assert.Equal(HttpStatusCode.OK, before.StatusCode);

        using var removed = await owner.DeleteAsync($"{PortalScenario.Colleagues}/{member.Id}");
        Assert.Equal(HttpStatusCode.NoContent, removed.StatusCode);

        using var after = await colleague.GetAsync($"{EnterpriseRequests.Url}/{enterprise.Id}");
        Assert.Equal(HttpStatusCode.Unauthorized, after.StatusCode);
        Assert.DoesNotContain(enterprise.Name, await after.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
