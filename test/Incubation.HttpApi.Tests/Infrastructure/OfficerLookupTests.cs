using System.Net;
using Incubation.Identity;
using Incubation.Lookups;

namespace Incubation.Infrastructure;

public class OfficerLookupTests(IncubationWebApplicationFactory factory) : IClassFixture<IncubationWebApplicationFactory>
{
    private const string Url = "/api/app/lookups/officers";
    private readonly TestData _data = new(factory);

    [Fact]
    public async Task Should_list_incubator_managers_and_street_officers_for_the_filters()
    {
        var manager = await _data.UserAsync(IncubationRoles.IncubatorManager);
        var street = await _data.UserAsync(IncubationRoles.StreetOfficer, subDistrictCode: TestData.SubDistrictA);
        var leader = await _data.UserAsync(IncubationRoles.Leader);
        using var admin = await _data.AdminClientAsync();

        var officers = await admin.GetFromJsonAsync<List<OfficerLookupDto>>(Url);

        Assert.Contains(officers, o => o.Id == manager.Id);
        Assert.Contains(officers, o => o.Id == street.Id);
        Assert.DoesNotContain(officers, o => o.Id == leader.Id);
    }

    [Fact]
    public async Task Should_show_an_enterprise_user_no_staff_names()
    {
        await _data.UserAsync(IncubationRoles.IncubatorManager);
        var enterprise = await _data.EnterpriseAsync();
        using var client = await _data.ClientForAsync(IncubationRoles.EnterpriseUser, enterpriseId: enterprise.Id);
        Assert.Empty(await client.GetFromJsonAsync<List<OfficerLookupDto>>(Url));
    }

    [Fact]
    public async Task Should_refuse_a_user_without_the_pool_permission()
    {
        using var client = await _data.ClientForAsync(IncubationRoles.UnitOfficer);
        using var response = await client.GetAsync(Url);
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }
}
