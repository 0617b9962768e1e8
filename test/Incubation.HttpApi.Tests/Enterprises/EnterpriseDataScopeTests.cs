using System.Net;
using Incubation.Dtos;
using Incubation.EntityFrameworkCore;
using Incubation.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Incubation.Enterprises;

/// <summary>Scope is enforced in the query: outside it a record is simply not there (404), never shown or changed.</summary>
public class EnterpriseDataScopeTests(IncubationWebApplicationFactory factory) : IClassFixture<IncubationWebApplicationFactory>
{
    private readonly TestData _data = new(factory);

    [Fact]
    public async Task Should_keep_an_incubator_manager_to_their_incubator_and_assignments()
    {
        var incubator = await _data.IncubatorAsync();
        var manager = await _data.UserAsync(IncubationRoles.IncubatorManager, incubatorId: incubator.Id);
        var inIncubator = await _data.EnterpriseAsync(incubatorId: incubator.Id);
        var assigned = await _data.EnterpriseAsync(officerId: manager.Id);
        var outside = await _data.EnterpriseAsync(incubatorId: (await _data.IncubatorAsync()).Id);
        using var client = await _data.ClientForAsync(manager);

        var list = await client.GetFromJsonAsync<PagedResultDto<EnterpriseListItemDto>>(EnterpriseRequests.Url + "?maxResultCount=100");
        Assert.Equal(2, list.TotalCount);
        Assert.Equal(new[] { inIncubator.Id, assigned.Id }.Order(), list.Items.Select(i => i.Id).Order());

        using var read = await client.GetAsync($"{EnterpriseRequests.Url}/{outside.Id}");
        Assert.Equal(HttpStatusCode.NotFound, read.StatusCode);
        Assert.DoesNotContain(outside.Name, await read.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_not_let_an_incubator_manager_edit_or_delete_outside_their_scope()
    {
        var incubator = await _data.IncubatorAsync();
        var outside = await _data.EnterpriseAsync(name: "Untouchable");
        using var client = await _data.ClientForAsync(IncubationRoles.IncubatorManager, incubatorId: incubator.Id);

        using var edit = await client.PutAsync($"{EnterpriseRequests.Url}/{outside.Id}", new UpdateEnterpriseDto
        {
            Name = "Hijacked",
            UnifiedSocialCreditCode = outside.UnifiedSocialCreditCode,
            SubDistrictCode = outside.SubDistrictCode,
            IndustryFieldCode = outside.IndustryFieldCode,
            ConcurrencyStamp = outside.ConcurrencyStamp,
        });
        Assert.Equal(HttpStatusCode.NotFound, edit.StatusCode);
        using var delete = await client.DeleteAsync($"{EnterpriseRequests.Url}/{outside.Id}");
        Assert.True(delete.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.Forbidden);

        var stored = await factory.WithServicesAsync(sp => sp.GetRequiredService<IncubationDbContext>().Enterprises.SingleAsync(e => e.Id == outside.Id));
        Assert.Equal("Untouchable", stored.Name);
        Assert.False(stored.IsDeleted);
    }

    [Fact]
    public async Task Should_refuse_an_incubator_manager_creating_into_another_incubator_and_write_nothing()
    {
        var mine = await _data.IncubatorAsync();
        var theirs = await _data.IncubatorAsync();
        using var client = await _data.ClientForAsync(IncubationRoles.IncubatorManager, incubatorId: mine.Id);
        var code = TestData.NewCreditCode();

        using var response = await client.PostAsync(EnterpriseRequests.Url, EnterpriseRequests.Create(code: code, incubatorId: theirs.Id));
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.False(await factory.WithServicesAsync(sp =>
            sp.GetRequiredService<IncubationDbContext>().Enterprises.IgnoreQueryFilters().AnyAsync(e => e.UnifiedSocialCreditCode == code)));
    }

    [Fact]
    public async Task Should_assign_an_unassigned_new_enterprise_to_the_manager_who_created_it()
    {
        var manager = await _data.UserAsync(IncubationRoles.IncubatorManager, incubatorId: (await _data.IncubatorAsync()).Id);
        using var client = await _data.ClientForAsync(manager);
        var created = await client.ReadAsync<EnterpriseDto>(await client.PostAsync(EnterpriseRequests.Url, EnterpriseRequests.Create()));
        Assert.Equal(manager.Id, created.ResponsibleOfficerId);
    }

    [Fact]
    public async Task Should_keep_a_street_officer_to_their_sub_district()
    {
        var mine = await _data.EnterpriseAsync(subDistrictCode: TestData.SubDistrictB);
        var other = await _data.EnterpriseAsync(subDistrictCode: TestData.SubDistrictA);
        using var client = await _data.ClientForAsync(IncubationRoles.StreetOfficer, subDistrictCode: TestData.SubDistrictB);

        var list = await client.GetFromJsonAsync<PagedResultDto<EnterpriseListItemDto>>(EnterpriseRequests.Url + "?maxResultCount=100");
        Assert.Contains(list.Items, i => i.Id == mine.Id);
        Assert.All(list.Items, i => Assert.Equal(TestData.SubDistrictB, i.SubDistrictCode));
        using var read = await client.GetAsync($"{EnterpriseRequests.Url}/{other.Id}");
        Assert.Equal(HttpStatusCode.NotFound, read.StatusCode);

        using var create = await client.PostAsync(EnterpriseRequests.Url, EnterpriseRequests.Create(subDistrictCode: TestData.SubDistrictA));
        Assert.Equal(HttpStatusCode.Forbidden, create.StatusCode);
    }

    [Fact]
    public async Task Should_show_an_enterprise_user_their_own_enterprise_only()
    {
        var own = await _data.EnterpriseAsync();
        var other = await _data.EnterpriseAsync();
        using var client = await _data.ClientForAsync(IncubationRoles.EnterpriseUser, enterpriseId: own.Id);

        var list = await client.GetFromJsonAsync<PagedResultDto<EnterpriseListItemDto>>(EnterpriseRequests.Url);
        Assert.Equal(own.Id, Assert.Single(list.Items).Id);
        using var read = await client.GetAsync($"{EnterpriseRequests.Url}/{other.Id}");
        Assert.Equal(HttpStatusCode.NotFound, read.StatusCode);
    }

    [Fact]
    public async Task Should_tell_a_scoped_user_a_code_exists_elsewhere_without_showing_it()
    {
        var elsewhere = await _data.EnterpriseAsync(subDistrictCode: TestData.SubDistrictA);
        using var client = await _data.ClientForAsync(IncubationRoles.StreetOfficer, subDistrictCode: TestData.SubDistrictB);
        using var response = await client.PostAsync(EnterpriseRequests.Url,
            EnterpriseRequests.Create(code: elsewhere.UnifiedSocialCreditCode, subDistrictCode: TestData.SubDistrictB));
        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.DoesNotContain(elsewhere.Name, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
