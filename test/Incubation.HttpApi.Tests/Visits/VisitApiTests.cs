using System.Net;
using Incubation.Data;
using Incubation.Dtos;
using Incubation.Identity;
using Incubation.Lookups;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MiniExcelLibs;

namespace Incubation.Visits;

public class VisitApiTests(IncubationWebApplicationFactory factory) : IClassFixture<IncubationWebApplicationFactory>
{
    private const string Api = "/api/app/visits";
    private readonly TestData _data = new(factory);

    [Fact]
    public async Task Should_log_a_visit_with_needs_that_reach_their_units()
    {
        var enterprise = await _data.EnterpriseAsync(subDistrictCode: TestData.SubDistrictA);
        using var street = await _data.ClientForAsync(IncubationRoles.StreetOfficer, subDistrictCode: TestData.SubDistrictA);
        var (unitA, unitB) = await TwoUnitsAsync();

        var visit = await street.ReadAsync<VisitDto>(await street.PostAsync(Api, NewVisit(enterprise.Id, unitA, unitB)));

        Assert.Equal(enterprise.Id, visit.EnterpriseId);
        Assert.Equal(VisitKind.OnSite, visit.Kind);
        Assert.Single(visit.Officers);
        Assert.Equal("张经理", Assert.Single(visit.Attendees).Name);
        Assert.Equal(["HteCertification", "RdSuperDeduction"], visit.PolicyCodes);
        Assert.Equal(2, visit.Needs.Count);
        Assert.All(visit.Needs, n => Assert.Equal(NeedStatus.Open, n.Status));
        Assert.Contains(visit.Needs, n => n.ResponsibleUnitId == unitA && n.Category == NeedCategory.Funding);
        Assert.Contains(visit.Needs, n => n.ResponsibleUnitId == unitB && n.IsBottleneck);

        var ledger = await street.GetFromJsonAsync<PagedResultDto<VisitListItemDto>>($"{Api}?enterpriseId={enterprise.Id}");
        var row = Assert.Single(ledger.Items);
        Assert.Equal((2, 2), (row.NeedCount, row.OpenNeedCount));
    }

    [Fact]
    public async Task Should_create_one_visit_when_the_same_draft_is_sent_twice_even_at_once()
    {
        var enterprise = await _data.EnterpriseAsync(subDistrictCode: TestData.SubDistrictA);
        using var street = await _data.ClientForAsync(IncubationRoles.StreetOfficer, subDistrictCode: TestData.SubDistrictA);
        var (unitA, unitB) = await TwoUnitsAsync();
        var draft = NewVisit(enterprise.Id, unitA, unitB);

        var first = await street.ReadAsync<VisitDto>(await street.PostAsync(Api, draft));
        var again = await street.ReadAsync<VisitDto>(await street.PostAsync(Api, draft));
        Assert.Equal(first.Id, again.Id);

        var concurrentDraft = NewVisit(enterprise.Id, unitA, unitB);
        var responses = await Task.WhenAll(street.PostAsync(Api, concurrentDraft), street.PostAsync(Api, concurrentDraft));
        var ids = new List<Guid>();
        foreach (var response in responses)
        {
            ids.Add((await street.ReadAsync<VisitDto>(response)).Id);
        }

        Assert.Single(ids.Distinct());
        var counts = await factory.WithServicesAsync(async sp => (
            await sp.GetRequiredService<IRepository<Visit>>().Query().CountAsync(v => v.EnterpriseId == enterprise.Id),
            await sp.GetRequiredService<IRepository<Need>>().Query().CountAsync(n => n.EnterpriseId == enterprise.Id)));
        Assert.Equal((2, 4), counts);
    }

    [Fact]
    public async Task Should_refuse_a_street_officer_logging_a_visit_outside_their_sub_district()
    {
        var outside = await _data.EnterpriseAsync(subDistrictCode: TestData.SubDistrictB);
        using var street = await _data.ClientForAsync(IncubationRoles.StreetOfficer, subDistrictCode: TestData.SubDistrictA);
        var (unitA, unitB) = await TwoUnitsAsync();

        using var response = await street.PostAsync(Api, NewVisit(outside.Id, unitA, unitB));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.False(await factory.WithServicesAsync(sp => sp.GetRequiredService<IRepository<Visit>>().Query().AnyAsync(v => v.EnterpriseId == outside.Id)));
    }

    [Fact]
    public async Task Should_refuse_reading_a_visit_outside_the_scope_and_logging_without_the_permission()
    {
        var enterprise = await _data.EnterpriseAsync(subDistrictCode: TestData.SubDistrictA);
        using var admin = await _data.AdminClientAsync();
        var (unitA, unitB) = await TwoUnitsAsync();
        var visit = await admin.ReadAsync<VisitDto>(await admin.PostAsync(Api, NewVisit(enterprise.Id, unitA, unitB)));

        using var otherStreet = await _data.ClientForAsync(IncubationRoles.StreetOfficer, subDistrictCode: TestData.SubDistrictB);
        using var read = await otherStreet.GetAsync($"{Api}/{visit.Id}");
        Assert.Equal(HttpStatusCode.NotFound, read.StatusCode);
        Assert.DoesNotContain((await otherStreet.GetFromJsonAsync<PagedResultDto<VisitListItemDto>>($"{Api}?maxResultCount=100")).Items, v => v.Id == visit.Id);

        var unitOfficer = await _data.UserAsync(IncubationRoles.UnitOfficer, unitId: unitA);
        using var unitClient = await _data.ClientForAsync(unitOfficer);
        using var log = await unitClient.PostAsync(Api, NewVisit(enterprise.Id, unitA, unitB));
        Assert.Equal(HttpStatusCode.Forbidden, log.StatusCode);
    }

    [Fact]
    public async Task Should_answer_400_with_field_errors_in_chinese_and_write_nothing()
    {
        var enterprise = await _data.EnterpriseAsync();
        using var admin = await _data.AdminClientAsync();
        var bad = new
        {
            clientRequestId = Guid.NewGuid(), enterpriseId = enterprise.Id, visitDate = "2099-01-01", kind = "OnSite",
            attendees = new[] { new { name = "", title = "x" } },
            needs = new[] { new { category = "Funding", description = "", responsibleUnitId = Guid.Empty } },
        };

        using var response = await admin.PostAsync(Api, bad);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        Assert.Contains("visitDate", body, StringComparison.Ordinal);
        Assert.Contains("走访日期", body, StringComparison.Ordinal);
        Assert.Contains("needs[0].description", body, StringComparison.OrdinalIgnoreCase);
        Assert.False(await factory.WithServicesAsync(sp => sp.GetRequiredService<IRepository<Visit>>().Query().AnyAsync(v => v.EnterpriseId == enterprise.Id)));
    }

    [Fact]
    public async Task Should_refuse_an_unknown_policy_or_unit_without_a_partial_write()
    {
        var enterprise = await _data.EnterpriseAsync();
        using var admin = await _data.AdminClientAsync();
        var (unitA, _) = await TwoUnitsAsync();

        using var unknownUnit = await admin.PostAsync(Api, NewVisit(enterprise.Id, unitA, Guid.NewGuid()));
        Assert.Equal(HttpStatusCode.BadRequest, unknownUnit.StatusCode);
        Assert.Contains("Incubation:UnknownResponsibleUnit", await unknownUnit.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.False(await factory.WithServicesAsync(sp => sp.GetRequiredService<IRepository<Need>>().Query().AnyAsync(n => n.EnterpriseId == enterprise.Id)));
    }

    [Fact]
    public async Task Should_export_the_visit_ledger_with_localised_headers()
    {
        var enterprise = await _data.EnterpriseAsync(name: "台账导出测试企业");
        using var admin = await _data.AdminClientAsync();
        var (unitA, unitB) = await TwoUnitsAsync();
        await admin.ReadAsync<VisitDto>(await admin.PostAsync(Api, NewVisit(enterprise.Id, unitA, unitB)));

        using var response = await admin.GetAsync($"{Api}/export?enterpriseId={enterprise.Id}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await using var stream = await response.Content.ReadAsStreamAsync();
        var rows = (await stream.QueryAsync(useHeaderRow: true)).Cast<IDictionary<string, object?>>().ToList();
        var row = Assert.Single(rows);
        Assert.Equal("台账导出测试企业", row["企业"]);
        Assert.Equal("实地走访", row["走访形式"]);
    }

    [Fact]
    public async Task Should_show_visits_and_needs_on_the_enterprise_timeline()
    {
        var enterprise = await _data.EnterpriseAsync();
        using var admin = await _data.AdminClientAsync();
        var (unitA, unitB) = await TwoUnitsAsync();
        var visit = await admin.ReadAsync<VisitDto>(await admin.PostAsync(Api, NewVisit(enterprise.Id, unitA, unitB)));

        var timeline = await admin.GetFromJsonAsync<List<EnterpriseTimelineItemDto>>($"/api/app/enterprises/{enterprise.Id}/visit-timeline");
        Assert.Contains(timeline, i => i.VisitId == visit.Id);
        Assert.Equal(2, timeline.Count(i => i.NeedEventKind == NeedEventKind.Raised));
    }

    internal static object NewVisit(Guid enterpriseId, Guid unitA, Guid unitB) => new
    {
        clientRequestId = Guid.NewGuid(),
        enterpriseId,
        visitDate = DateOnly.FromDateTime(DateTime.UtcNow.AddDays(-1)).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        kind = "OnSite",
        attendees = new[] { new { name = "张经理", title = "总经理" } },
        policyCodes = new[] { "HteCertification", "RdSuperDeduction" },
        operations = "营收稳定",
        difficulties = "融资难",
        needs = new object[]
        {
            new { category = "Funding", description = "希望对接科技贷款", isBottleneck = false, responsibleUnitId = unitA },
            new { category = "Technology", description = "芯片封装工艺受制于人", isBottleneck = true, responsibleUnitId = unitB },
        },
    };

    private Task<(Guid, Guid)> TwoUnitsAsync() => UnitsAsync(factory);

    internal static Task<(Guid, Guid)> UnitsAsync(IncubationWebApplicationFactory factory) =>
        factory.WithServicesAsync(async sp =>
        {
            var ids = await sp.GetRequiredService<IRepository<ResponsibleUnit>>().Query().OrderBy(u => u.Name).Select(u => u.Id).Take(2).ToListAsync();
            return (ids[0], ids[1]);
        });
}
