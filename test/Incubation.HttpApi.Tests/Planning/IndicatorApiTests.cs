using System.Net;
using Incubation.Dtos;
using Incubation.Identity;

namespace Incubation.Planning;

/// <summary>
/// Every indicator on a hand-built data set with known answers: expired and later certificates, unverified and
/// later-verified years, soft-deleted rows, pool exits, ended platforms and terminated projects; a date in the past.
/// </summary>
public class IndicatorApiTests(IndicatorWorldFixture fixture) : IClassFixture<IndicatorWorldFixture>
{
    private const string Url = "/api/app/planning";
    private readonly TestData _data = new(fixture.Factory);
    private readonly IndicatorWorld _world = fixture.World;

    [Fact]
    public async Task Should_compute_each_indicator_from_verified_data_as_of_the_day()
    {
        using var admin = await _data.AdminClientAsync();

        var dashboard = await admin.GetFromJsonAsync<DashboardDto>($"{Url}/dashboard?asOf=2025-06-30");

        var values = dashboard.Indicators.ToDictionary(i => i.Indicator, i => i.Value);
        Assert.Equal(1, values[Indicator.HighTechEnterprises]);            // the leader; lapsed expired, deleted cert, deleted enterprise
        Assert.Equal(2, values[Indicator.SrdiEnterprises]);                // provincial 专精特新 and 小巨人, not 创新型
        Assert.Equal(2, values[Indicator.RdActiveEnterprises]);            // leader 2024, srdi 2023; zero R&D and unverified left out
        Assert.Equal(1_200_000m, values[Indicator.RdInvestment]);          // 1,000,000 (2024) + 200,000 (2023: 2024 verified later)
        Assert.Equal(1, values[Indicator.SciTechServiceEnterprises]);
        Assert.Equal(5_000_000m, values[Indicator.SciTechServiceRevenue]);
        Assert.Equal(32, values[Indicator.TechTalent]);                    // 20 + 5 + 7
        Assert.Equal(1, values[Indicator.PoolSize]);                       // exited and later admissions left out
        Assert.Equal(1, values[Indicator.InnovationPlatforms]);            // ended, future and deleted left out
        Assert.Equal(1, values[Indicator.TechTransferProjectsFunded]);     // last year's, applied, terminated, later left out
    }

    [Fact]
    public async Task Should_give_the_values_of_a_past_day_a_later_day_and_today()
    {
        using var admin = await _data.AdminClientAsync();

        var past = (await admin.GetFromJsonAsync<DashboardDto>($"{Url}/dashboard?asOf=2023-06-30")).Indicators.ToDictionary(i => i.Indicator, i => i.Value);
        Assert.Equal(2, past[Indicator.HighTechEnterprises]);              // the leader and the lapsed one, both valid then
        Assert.Equal(0, past[Indicator.RdInvestment]);                     // nothing verified yet
        Assert.Equal(0, past[Indicator.PoolSize]);
        Assert.Equal(1, past[Indicator.InnovationPlatforms]);

        // A year later the lapsed enterprise holds its renewed certificate; the leader's expired end of 2025.
        var later = (await admin.GetFromJsonAsync<DashboardDto>($"{Url}/dashboard?asOf=2026-06-30")).Indicators.ToDictionary(i => i.Indicator, i => i.Value);
        Assert.Equal(1, later[Indicator.HighTechEnterprises]);
        Assert.Equal(1_300_000m, later[Indicator.RdInvestment]);           // srdi's 2024 verified since

        // Without a day, today (China time).
        var today = await admin.GetFromJsonAsync<DashboardDto>($"{Url}/dashboard");
        Assert.Equal(ChinaTime.Today(TimeProvider.System), today.AsOf);
    }

    [Fact]
    public async Task Should_read_each_indicator_against_its_seeded_target()
    {
        using var admin = await _data.AdminClientAsync();

        var dashboard = await admin.GetFromJsonAsync<DashboardDto>($"{Url}/dashboard?asOf=2025-06-30");

        var highTech = dashboard.Indicators.Single(i => i.Indicator == Indicator.HighTechEnterprises);
        Assert.Equal((2022, 111m, 2025, 220m), (highTech.BaselineYear!.Value, highTech.BaselineValue!.Value, highTech.TargetYear!.Value, highTech.TargetValue!.Value));
        // Half-way through 2025 the straight path from 111 (end 2022) to 220 (end 2025) expects 111 + 109 × 912/1096.
        Assert.Equal(111m + (109m * 912 / 1096), highTech.Expected!.Value, 6);
        Assert.Equal(PathStatus.Behind, highTech.Status);
        Assert.True(highTech.Warning);
        var pool = dashboard.Indicators.Single(i => i.Indicator == Indicator.PoolSize);
        Assert.Equal((TargetShape.Floor, PathStatus.Behind, true), (pool.Shape, pool.Status, pool.Warning));
        var projects = dashboard.Indicators.Single(i => i.Indicator == Indicator.TechTransferProjectsFunded);
        Assert.Equal(TargetShape.PerYear, projects.Shape);
        Assert.Equal(10m * 181 / 365, projects.Expected!.Value, 6);
    }

    [Fact]
    public async Task Should_list_the_enterprises_behind_a_number_and_break_it_down()
    {
        using var admin = await _data.AdminClientAsync();

        var rows = await admin.GetFromJsonAsync<PagedResultDto<ContributorDto>>($"{Url}/contributors?indicator=RdInvestment&asOf=2025-06-30");
        Assert.Equal(2, rows.TotalCount);
        Assert.Equal([(_world.Leader.Id, 1_000_000m, 2024), (_world.Srdi.Id, 200_000m, 2023)],
            rows.Items.Select(r => (r.EnterpriseId!.Value, r.Value, r.FiscalYear!.Value)));
        Assert.Equal(_world.Incubator.Name, rows.Items[0].IncubatorName);

        var bySubDistrict = await admin.GetFromJsonAsync<List<BreakdownRowDto>>($"{Url}/breakdown?indicator=RdInvestment&asOf=2025-06-30&by=SubDistrict");
        Assert.Equal([(TestData.SubDistrictA, 1_000_000m), (TestData.SubDistrictB, 200_000m)], bySubDistrict.Select(r => (r.Key, r.Value)));
        Assert.Equal("大营路街道", bySubDistrict[0].Name);
        var byIncubator = await admin.GetFromJsonAsync<List<BreakdownRowDto>>($"{Url}/breakdown?indicator=TechTalent&asOf=2025-06-30&by=Incubator");
        Assert.Equal([(_world.Incubator.Id.ToString(), 20m), (string.Empty, 12m)], byIncubator.Select(r => (r.Key, r.Value)));

        var inSubDistrictB = await admin.GetFromJsonAsync<PagedResultDto<ContributorDto>>(
            $"{Url}/contributors?indicator=TechTalent&asOf=2025-06-30&subDistrictCode={TestData.SubDistrictB}");
        Assert.Equal([_world.Srdi.Id], inSubDistrictB.Items.Select(r => r.EnterpriseId!.Value));
        var outsideIncubators = await admin.GetFromJsonAsync<PagedResultDto<ContributorDto>>(
            $"{Url}/contributors?indicator=TechTalent&asOf=2025-06-30&withoutIncubator=true");
        Assert.Equal(12m, outsideIncubators.Items.Sum(r => r.Value));
    }

    [Fact]
    public async Task Should_export_the_rows_behind_a_number_with_the_drill_downs_filters()
    {
        using var admin = await _data.AdminClientAsync();

        using var response = await admin.GetAsync($"{Url}/contributors/export?indicator=TechTalent&asOf=2025-06-30&subDistrictCode={TestData.SubDistrictA}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await using var stream = await response.Content.ReadAsStreamAsync();
        var rows = MiniExcelLibs.MiniExcel.Query(stream, useHeaderRow: true).Cast<IDictionary<string, object>>().ToList();
        Assert.Equal(["Leader Tech", "Deleted Cert Tech"], rows.Select(r => (string)r["名称"]));
        Assert.Equal([20d, 5d], rows.Select(r => Convert.ToDouble(r["计入数值"], System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Equal("2024 年度已核实数据", rows[0]["依据"]);
    }

    [Fact]
    public async Task Should_compute_within_the_callers_scope()
    {
        using var manager = await _data.ClientForAsync(IncubationRoles.IncubatorManager, incubatorId: _world.Incubator.Id);

        var values = (await manager.GetFromJsonAsync<DashboardDto>($"{Url}/dashboard?asOf=2025-06-30")).Indicators.ToDictionary(i => i.Indicator, i => i.Value);

        Assert.Equal(1_000_000m, values[Indicator.RdInvestment]);
        Assert.Equal(0, values[Indicator.SrdiEnterprises]);
        var rows = await manager.GetFromJsonAsync<PagedResultDto<ContributorDto>>($"{Url}/contributors?indicator=RdInvestment&asOf=2025-06-30");
        Assert.Equal([_world.Leader.Id], rows.Items.Select(r => r.EnterpriseId!.Value));
    }

    [Theory]
    [InlineData(IncubationRoles.UnitOfficer)]
    [InlineData(IncubationRoles.EnterpriseUser)]
    public async Task Should_refuse_users_without_the_dashboard(string role)
    {
        using var client = await _data.ClientForAsync(role, enterpriseId: role == IncubationRoles.EnterpriseUser ? _world.Leader.Id : null);

        foreach (var path in new[] { "dashboard", "trend", "breakdown?indicator=PoolSize", "contributors?indicator=PoolSize", "contributors/export?indicator=PoolSize", "high-tech-path", "targets" })
        {
            using var response = await client.GetAsync($"{Url}/{path}");
            Assert.True(response.StatusCode == HttpStatusCode.Forbidden, $"{path}: {response.StatusCode}");
        }
    }

    [Fact]
    public async Task Should_reject_a_day_out_of_range_with_a_field_error()
    {
        using var admin = await _data.AdminClientAsync();

        using var response = await admin.GetAsync($"{Url}/contributors?indicator=PoolSize&asOf=1999-12-31");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        Assert.Contains("asOf", body, StringComparison.Ordinal);
        Assert.Contains("年份须在", body, StringComparison.Ordinal);
    }
}
