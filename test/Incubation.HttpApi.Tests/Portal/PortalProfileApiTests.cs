using System.Net;
using System.Text.Json;
using Incubation.Auditing;
using Incubation.Dtos;
using Incubation.Enterprises;
using Incubation.EntityFrameworkCore;
using Incubation.Visits;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Incubation.Portal;

/// <summary>The enterprise's own record: plain fields apply at once, key fields wait for the bureau.</summary>
public class PortalProfileApiTests(IncubationWebApplicationFactory factory) : IClassFixture<IncubationWebApplicationFactory>
{
    private readonly PortalScenario _portal = new(factory);

    [Fact]
    public async Task Should_apply_and_audit_changes_of_plain_fields_at_once()
    {
        var (enterprise, user, client) = await _portal.EnterpriseWithAdminAsync();
        using var owner = client;
        var current = (await owner.GetFromJsonAsync<PortalProfileDto>(PortalScenario.Profile)).Enterprise;

        var updated = await owner.ReadAsync<PortalProfileDto>(await owner.PutAsync(PortalScenario.Profile, Edit(current,
            ("address", "贵阳市云岩区创新路 1 号"),
            ("legalRepresentative", "王法人"),
            ("contacts", new[] { new { name = "赵联系", title = "行政", phone = "13900001111", email = "zhao@example.com" } }))));

        Assert.Null(updated.PendingChange);
        Assert.Equal(("贵阳市云岩区创新路 1 号", "王法人"), (updated.Enterprise.Address, updated.Enterprise.LegalRepresentative));
        var registry = await owner.GetFromJsonAsync<EnterpriseDto>($"{EnterpriseRequests.Url}/{enterprise.Id}");
        Assert.Equal(("贵阳市云岩区创新路 1 号", "王法人"), (registry.Address, registry.LegalRepresentative));
        Assert.Equal("赵联系", Assert.Single(registry.Contacts).Name);
        Assert.Equal(enterprise.Name, registry.Name);

        var audited = await factory.WithServicesAsync(sp => sp.GetRequiredService<IncubationDbContext>().AuditLogs
            .Where(a => a.EntityType == nameof(Enterprise) && a.EntityId == enterprise.Id.ToString() && a.ChangeType == AuditChangeType.Updated)
            .ToListAsync());
        var entry = Assert.Single(audited, a => a.UserId == user.Id);
        var address = JsonDocument.Parse(entry.Changes).RootElement.EnumerateArray().Single(c => c.GetProperty("property").GetString() == "Address");
        Assert.Equal("贵阳市云岩区创新路 1 号", address.GetProperty("newValue").GetString());
    }

    [Fact]
    public async Task Should_hold_a_key_field_change_for_the_bureau_and_apply_it_once_approved()
    {
        var (enterprise, _, client) = await _portal.EnterpriseWithAdminAsync();
        using var owner = client;
        var current = (await owner.GetFromJsonAsync<PortalProfileDto>(PortalScenario.Profile)).Enterprise;
        var newCode = TestData.NewCreditCode();

        var proposed = await owner.ReadAsync<PortalProfileDto>(await owner.PutAsync(PortalScenario.Profile, Edit(current,
            ("name", "更名后的企业"), ("unifiedSocialCreditCode", newCode), ("subDistrictCode", TestData.SubDistrictB), ("address", "新地址"))));

        Assert.Equal((enterprise.Name, enterprise.UnifiedSocialCreditCode, TestData.SubDistrictA),
            (proposed.Enterprise.Name, proposed.Enterprise.UnifiedSocialCreditCode, proposed.Enterprise.SubDistrictCode));
        Assert.Equal("新地址", proposed.Enterprise.Address);
        var pending = proposed.PendingChange;
        Assert.NotNull(pending);
        Assert.Equal(("更名后的企业", newCode, TestData.SubDistrictB), (pending.Proposed.Name, pending.Proposed.UnifiedSocialCreditCode, pending.Proposed.SubDistrictCode));
        Assert.Equal(enterprise.Name, pending.Current.Name);
        Assert.Equal(enterprise.Name, (await owner.GetFromJsonAsync<EnterpriseDto>($"{EnterpriseRequests.Url}/{enterprise.Id}")).Name);

        using var admin = await _portal.Data.AdminClientAsync();
        var queued = Assert.Single((await QueueAsync(admin)).Items, c => c.EnterpriseId == enterprise.Id);
        Assert.Equal((pending.Id, ReviewStatus.Pending), (queued.Id, queued.Status));

        var approved = await admin.ReadAsync<ProfileChangeDto>(await admin.PostAsync($"{PortalScenario.ProfileChanges}/{queued.Id}/approve",
            new { concurrencyStamp = queued.ConcurrencyStamp }));

        Assert.Equal(ReviewStatus.Approved, approved.Status);
        var renamed = await owner.GetFromJsonAsync<EnterpriseDto>($"{EnterpriseRequests.Url}/{enterprise.Id}");
        Assert.Equal(("更名后的企业", newCode, TestData.SubDistrictB), (renamed.Name, renamed.UnifiedSocialCreditCode, renamed.SubDistrictCode));
        var profile = await owner.GetFromJsonAsync<PortalProfileDto>(PortalScenario.Profile);
        Assert.Null(profile.PendingChange);
        Assert.Equal(ReviewStatus.Approved, profile.LastDecidedChange?.Status);
        Assert.Contains(await PortalScenario.NotificationsAsync(owner), n => n.Kind == NotificationKind.ProfileChangeApproved);
        Assert.DoesNotContain((await QueueAsync(admin)).Items, c => c.EnterpriseId == enterprise.Id);
    }

    [Fact]
    public async Task Should_refuse_a_different_key_change_while_one_is_pending_and_take_the_same_one_again()
    {
        var (enterprise, _, client) = await _portal.EnterpriseWithAdminAsync();
        using var owner = client;
        var current = (await owner.GetFromJsonAsync<PortalProfileDto>(PortalScenario.Profile)).Enterprise;
        var first = await owner.ReadAsync<PortalProfileDto>(await owner.PutAsync(PortalScenario.Profile, Edit(current, ("name", "第一次更名"))));

        using var second = await owner.PutAsync(PortalScenario.Profile, Edit(first.Enterprise, ("name", "第二次更名")));
        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        Assert.Equal(IncubationErrorCodes.KeyFieldChangePending, await PortalScenario.CodeAsync(second));

        var again = await owner.ReadAsync<PortalProfileDto>(await owner.PutAsync(PortalScenario.Profile, Edit(first.Enterprise, ("name", "第一次更名"))));
        Assert.Equal(first.PendingChange!.Id, again.PendingChange?.Id);
        using var admin = await _portal.Data.AdminClientAsync();
        Assert.Single((await QueueAsync(admin)).Items, c => c.EnterpriseId == enterprise.Id);
    }

    [Fact]
    public async Task Should_tell_the_enterprise_when_the_bureau_rejects_its_key_change()
    {
        var (enterprise, _, client) = await _portal.EnterpriseWithAdminAsync();
        using var owner = client;
        var current = (await owner.GetFromJsonAsync<PortalProfileDto>(PortalScenario.Profile)).Enterprise;
        var proposed = await owner.ReadAsync<PortalProfileDto>(await owner.PutAsync(PortalScenario.Profile, Edit(current, ("name", "不被认可的名称"))));
        using var admin = await _portal.Data.AdminClientAsync();

        var rejected = await admin.ReadAsync<ProfileChangeDto>(await admin.PostAsync($"{PortalScenario.ProfileChanges}/{proposed.PendingChange!.Id}/reject",
            new { reason = "与营业执照不符", concurrencyStamp = proposed.PendingChange.ConcurrencyStamp }));

        Assert.Equal((ReviewStatus.Rejected, "与营业执照不符"), (rejected.Status, rejected.RejectionReason));
        Assert.Contains(await PortalScenario.NotificationsAsync(owner), n => n.Kind == NotificationKind.ProfileChangeRejected);
        var profile = await owner.GetFromJsonAsync<PortalProfileDto>(PortalScenario.Profile);
        Assert.Equal(enterprise.Name, profile.Enterprise.Name);
        Assert.Null(profile.PendingChange);
        Assert.Equal("与营业执照不符", profile.LastDecidedChange?.RejectionReason);

        // Decided is final.
        using var twice = await admin.PostAsync($"{PortalScenario.ProfileChanges}/{rejected.Id}/approve", new { concurrencyStamp = rejected.ConcurrencyStamp });
        Assert.Equal(HttpStatusCode.Conflict, twice.StatusCode);
        Assert.Equal(enterprise.Name, (await owner.GetFromJsonAsync<EnterpriseDto>($"{EnterpriseRequests.Url}/{enterprise.Id}")).Name);
    }

    [Fact]
    public async Task Should_refuse_changes_made_on_a_stale_stamp()
    {
        var (enterprise, _, client) = await _portal.EnterpriseWithAdminAsync();
        using var owner = client;
        var current = (await owner.GetFromJsonAsync<PortalProfileDto>(PortalScenario.Profile)).Enterprise;
        var edited = await owner.ReadAsync<PortalProfileDto>(await owner.PutAsync(PortalScenario.Profile, Edit(current, ("address", "第一次的地址"))));
        Assert.NotEqual(current.ConcurrencyStamp, edited.Enterprise.ConcurrencyStamp);

        using var stale = await owner.PutAsync(PortalScenario.Profile, Edit(current, ("address", "覆盖别人的修改")));
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Equal(IncubationErrorCodes.ConcurrencyConflict, await PortalScenario.CodeAsync(stale));
        Assert.Equal("第一次的地址", (await _portal.StoredEnterpriseAsync(enterprise.Id))!.Address);

        var proposed = await owner.ReadAsync<PortalProfileDto>(await owner.PutAsync(PortalScenario.Profile, Edit(edited.Enterprise, ("name", "待审名称"))));
        using var admin = await _portal.Data.AdminClientAsync();
        using var staleApproval = await admin.PostAsync($"{PortalScenario.ProfileChanges}/{proposed.PendingChange!.Id}/approve", new { concurrencyStamp = "stale" });
        Assert.Equal(HttpStatusCode.Conflict, staleApproval.StatusCode);
        Assert.Equal(enterprise.Name, (await _portal.StoredEnterpriseAsync(enterprise.Id))!.Name);
    }

    [Fact]
    public async Task Should_refuse_a_credit_code_another_enterprise_holds_when_asked_and_when_approved()
    {
        var other = await _portal.Data.EnterpriseAsync("另一家企业 " + Guid.NewGuid().ToString("N")[..6]);
        var (enterprise, _, client) = await _portal.EnterpriseWithAdminAsync();
        using var owner = client;
        var current = (await owner.GetFromJsonAsync<PortalProfileDto>(PortalScenario.Profile)).Enterprise;

        using var taken = await owner.PutAsync(PortalScenario.Profile, Edit(current, ("unifiedSocialCreditCode", other.UnifiedSocialCreditCode)));
        Assert.Equal(HttpStatusCode.Conflict, taken.StatusCode);
        Assert.Equal(IncubationErrorCodes.DuplicateCreditCode, await PortalScenario.CodeAsync(taken));
        Assert.DoesNotContain(other.Name, await taken.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Null((await owner.GetFromJsonAsync<PortalProfileDto>(PortalScenario.Profile)).PendingChange);

        // A free code asked for, then registered by the bureau for someone else before the review: approval refuses it.
        var code = TestData.NewCreditCode();
        var proposed = await owner.ReadAsync<PortalProfileDto>(await owner.PutAsync(PortalScenario.Profile, Edit(current, ("unifiedSocialCreditCode", code))));
        using var admin = await _portal.Data.AdminClientAsync();
        await admin.ReadAsync<EnterpriseDto>(await admin.PostAsync(EnterpriseRequests.Url, EnterpriseRequests.Create(code: code)));
        using var approval = await admin.PostAsync($"{PortalScenario.ProfileChanges}/{proposed.PendingChange!.Id}/approve",
            new { concurrencyStamp = proposed.PendingChange.ConcurrencyStamp });
        Assert.Equal(HttpStatusCode.Conflict, approval.StatusCode);
        Assert.Equal(enterprise.UnifiedSocialCreditCode, (await _portal.StoredEnterpriseAsync(enterprise.Id))!.UnifiedSocialCreditCode);
    }

    [Fact]
    public async Task Should_keep_the_profile_to_enterprise_users()
    {
        using var officer = await _portal.Data.ClientForAsync(Identity.IncubationRoles.StreetOfficer, subDistrictCode: TestData.SubDistrictA);
        using var read = await officer.GetAsync(PortalScenario.Profile);
        using var colleagues = await officer.GetAsync(PortalScenario.Colleagues);
        Assert.Equal((HttpStatusCode.Forbidden, HttpStatusCode.Forbidden), (read.StatusCode, colleagues.StatusCode));
    }

    private static Task<PagedResultDto<ProfileChangeDto>> QueueAsync(ApiClient admin) =>
        admin.GetFromJsonAsync<PagedResultDto<ProfileChangeDto>>($"{PortalScenario.ProfileChanges}?maxResultCount=100");

    /// <summary>The profile form as the portal sends it: the record as read, with some fields changed.</summary>
    internal static Dictionary<string, object?> Edit(EnterpriseDto enterprise, params (string Field, object? Value)[] changes)
    {
        var body = new Dictionary<string, object?>
        {
            ["name"] = enterprise.Name,
            ["unifiedSocialCreditCode"] = enterprise.UnifiedSocialCreditCode,
            ["creditCodeOverrideReason"] = enterprise.CreditCodeOverrideReason,
            ["subDistrictCode"] = enterprise.SubDistrictCode,
            ["industryFieldCode"] = enterprise.IndustryFieldCode,
            ["legalRepresentative"] = enterprise.LegalRepresentative,
            ["establishedOn"] = enterprise.EstablishedOn,
            ["registeredCapital"] = enterprise.RegisteredCapital,
            ["address"] = enterprise.Address,
            ["contacts"] = enterprise.Contacts.Select(c => new { c.Id, c.Name, c.Title, c.Phone, c.Email }).ToList(),
            ["concurrencyStamp"] = enterprise.ConcurrencyStamp,
        };
        foreach (var (field, value) in changes)
        {
            body[field] = value;
        }

        return body;
    }
}
