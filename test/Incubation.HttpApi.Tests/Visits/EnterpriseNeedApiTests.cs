using System.Net;
using Incubation.Data;
using Incubation.Dtos;
using Incubation.Identity;
using Incubation.Lookups;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Incubation.Visits;

/// <summary>Needs an enterprise raises itself through the portal, and the limits on who raises what.</summary>
public class EnterpriseNeedApiTests(IncubationWebApplicationFactory factory) : IClassFixture<IncubationWebApplicationFactory>
{
    private const string Api = "/api/app/needs";

    /// <summary>The bureau's own unit as seeded from the shared reference list.</summary>
    private const string BureauUnitName = "区科学技术局";

    private readonly TestData _data = new(factory);

    [Fact]
    public async Task Should_record_an_enterprises_own_need_as_portal_and_land_it_at_the_bureau_unit_when_it_names_none()
    {
        var enterprise = await _data.EnterpriseAsync();
        var bureauUnitId = await UnitIdAsync(BureauUnitName);
        using var bureauOfficer = await _data.ClientForAsync(await _data.UserAsync(IncubationRoles.UnitOfficer, unitId: bureauUnitId));
        using var owner = await _data.ClientForAsync(IncubationRoles.EnterpriseUser, enterpriseId: enterprise.Id);

        var need = await owner.ReadAsync<NeedDto>(await owner.PostAsync(Api, new { enterpriseId = enterprise.Id, category = "Talent", description = "需要引进芯片设计人才" }));

        Assert.Equal((NeedSource.Portal, bureauUnitId, BureauUnitName, NeedStatus.Open), (need.Source, need.ResponsibleUnitId, need.ResponsibleUnitName, need.Status));
        Assert.Equal(enterprise.Id, need.EnterpriseId);
        var assigned = await bureauOfficer.GetFromJsonAsync<PagedResultDto<NotificationDto>>("/api/app/notifications?maxResultCount=100");
        Assert.Equal(NotificationKind.NeedAssigned, Assert.Single(assigned.Items, n => n.NeedId == need.Id).Kind);
        var mine = await owner.GetFromJsonAsync<PagedResultDto<NeedListItemDto>>($"{Api}?maxResultCount=100");
        Assert.Equal(need.Id, Assert.Single(mine.Items).Id);
    }

    [Fact]
    public async Task Should_send_an_enterprises_need_to_the_unit_it_chose()
    {
        var enterprise = await _data.EnterpriseAsync();
        var (unitId, _) = await VisitApiTests.UnitsAsync(factory);
        using var owner = await _data.ClientForAsync(IncubationRoles.EnterpriseUser, enterpriseId: enterprise.Id);

        var need = await owner.ReadAsync<NeedDto>(await owner.PostAsync(Api,
            new { enterpriseId = enterprise.Id, category = "Funding", description = "希望对接科技贷款", responsibleUnitId = unitId }));

        Assert.Equal((NeedSource.Portal, unitId), (need.Source, need.ResponsibleUnitId));
    }

    [Fact]
    public async Task Should_still_make_officers_choose_the_unit_and_record_their_needs_as_direct()
    {
        var enterprise = await _data.EnterpriseAsync(subDistrictCode: TestData.SubDistrictA);
        var (unitId, _) = await VisitApiTests.UnitsAsync(factory);
        using var officer = await _data.ClientForAsync(IncubationRoles.StreetOfficer, subDistrictCode: TestData.SubDistrictA);

        using var noUnit = await officer.PostAsync(Api, new { enterpriseId = enterprise.Id, category = "Funding", description = "希望对接科技贷款" });
        Assert.Equal(HttpStatusCode.BadRequest, noUnit.StatusCode);
        Assert.True((await Enterprises.EnterpriseApiTests.Problem(noUnit)).GetProperty("errors").TryGetProperty("responsibleUnitId", out _));
        Assert.Equal(0, await NeedCountAsync(enterprise.Id));

        var need = await officer.ReadAsync<NeedDto>(await officer.PostAsync(Api,
            new { enterpriseId = enterprise.Id, category = "Funding", description = "希望对接科技贷款", responsibleUnitId = unitId }));
        Assert.Equal((NeedSource.Direct, unitId), (need.Source, need.ResponsibleUnitId));
    }

    [Fact]
    public async Task Should_answer_404_and_create_nothing_when_an_enterprise_raises_a_need_for_another_one()
    {
        var own = await _data.EnterpriseAsync();
        var other = await _data.EnterpriseAsync();
        var (unitId, _) = await VisitApiTests.UnitsAsync(factory);
        using var owner = await _data.ClientForAsync(IncubationRoles.EnterpriseUser, enterpriseId: own.Id);

        using var withoutUnit = await owner.PostAsync(Api, new { enterpriseId = other.Id, category = "Funding", description = "x" });
        using var withUnit = await owner.PostAsync(Api, new { enterpriseId = other.Id, category = "Funding", description = "x", responsibleUnitId = unitId });

        Assert.Equal((HttpStatusCode.NotFound, HttpStatusCode.NotFound), (withoutUnit.StatusCode, withUnit.StatusCode));
        Assert.Equal(0, await NeedCountAsync(other.Id));
    }

    private Task<Guid> UnitIdAsync(string name) =>
        factory.WithServicesAsync(sp => sp.GetRequiredService<IRepository<ResponsibleUnit>>().Query().Where(u => u.Name == name).Select(u => u.Id).SingleAsync());

    private Task<int> NeedCountAsync(Guid enterpriseId) =>
        factory.WithServicesAsync(sp => sp.GetRequiredService<IRepository<Need>>().Query().CountAsync(n => n.EnterpriseId == enterpriseId));
}
