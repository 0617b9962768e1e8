using System.Net;
using Incubation.Certification.Eligibility;
using Incubation.Dtos;
using Incubation.Identity;
using static Incubation.Certification.EligibilityRequests;

namespace Incubation.Certification;

public class EligibilityCandidateApiTests(IncubationWebApplicationFactory factory) : IClassFixture<IncubationWebApplicationFactory>
{
    private const string Url = "/api/app/eligibility/candidates";
    private readonly TestData _data = new(factory);

    [Fact]
    public async Task Should_rank_the_enterprises_in_scope_by_verdict_then_score_with_their_top_gaps()
    {
        var incubator = await _data.IncubatorAsync();
        var strong = await _data.EnterpriseAsync(incubatorId: incubator.Id);
        var weak = await _data.EnterpriseAsync(incubatorId: incubator.Id);
        var outside = await _data.EnterpriseAsync();
        using var admin = await _data.AdminClientAsync();
        var lastYear = ChinaTime.Today(TimeProvider.System).Year - 1;
        // Same firm, but the weak one spends a tenth of the R&D: its 高企 R&D ratio fails with a gap in yuan.
        // Three years each, so the window Y-3..Y-1 is complete: 3.6M of 36M sales (10 %) against 0.36M (1 %).
        for (var year = lastYear - 2; year <= lastYear; year++)
        {
            await VerifyYearAsync(admin, strong.Id, year, ("rdExpense", 1_200_000m), ("domesticRdExpense", 1_200_000m));
            await VerifyYearAsync(admin, weak.Id, year, ("rdExpense", 120_000m), ("domesticRdExpense", 120_000m));
        }

        await VerifyYearAsync(admin, outside.Id, lastYear);

        var refreshed = await admin.ReadAsync<EligibilityRefreshResultDto>(await admin.PostAsync(Url + "/refresh", new { }));
        Assert.True(refreshed.Enterprises >= 3);

        using var manager = await _data.ClientForAsync(IncubationRoles.IncubatorManager, incubatorId: incubator.Id);
        var page = await manager.ReadAsync<PagedResultDto<EligibilityCandidateDto>>(await manager.GetAsync($"{Url}?kind=HighTech&maxResultCount=50"));

        Assert.Equal(2, page.TotalCount);
        Assert.Equal([strong.Id, weak.Id], page.Items.Select(i => i.EnterpriseId));
        var gap = Assert.Single(page.Items[1].TopGaps, g => g.Code == "HighTech.RdRatio");
        Assert.Equal(MeasureUnit.Yuan, gap.Gap!.Unit);
        Assert.DoesNotContain(page.Items[0].TopGaps, g => g.Code == "HighTech.RdRatio");
    }

    [Fact]
    public async Task Should_export_the_list_and_refuse_users_without_the_permission_or_the_refresh()
    {
        using var admin = await _data.AdminClientAsync();
        using var export = await admin.GetAsync($"{Url}/export?kind=SrdiSme");
        Assert.Equal(HttpStatusCode.OK, export.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", export.Content.Headers.ContentType?.MediaType);

        using var unitOfficer = await _data.ClientForAsync(IncubationRoles.UnitOfficer);
        using var list = await unitOfficer.GetAsync(Url);
        Assert.Equal(HttpStatusCode.Forbidden, list.StatusCode);

        var incubator = await _data.IncubatorAsync();
        using var manager = await _data.ClientForAsync(IncubationRoles.IncubatorManager, incubatorId: incubator.Id);
        using var refresh = await manager.PostAsync(Url + "/refresh", new { });
        Assert.Equal(HttpStatusCode.Forbidden, refresh.StatusCode);
    }

    [Fact]
    public async Task Should_refuse_a_page_size_above_the_cap_with_a_field_error()
    {
        using var admin = await _data.AdminClientAsync();
        using var response = await admin.GetAsync($"{Url}?maxResultCount=1000");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("maxResultCount", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
