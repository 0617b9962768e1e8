using System.Net;
using Incubation.Auditing;
using Incubation.Dtos;
using Incubation.EntityFrameworkCore;
using Incubation.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MiniExcelLibs;
using static Incubation.Platforms.PlatformRequests;

namespace Incubation.Platforms;

/// <summary>Tech-transfer projects through the API; each test works on enterprises it creates itself.</summary>
public class TechTransferProjectApiTests(IncubationWebApplicationFactory factory) : IClassFixture<IncubationWebApplicationFactory>
{
    private readonly TestData _data = new(factory);

    [Fact]
    public async Task Should_create_change_list_by_year_status_and_enterprise_and_soft_delete_a_project()
    {
        var enterprise = await _data.EnterpriseAsync(name: "转化企业 " + Guid.NewGuid().ToString("N")[..6]);
        using var admin = await _data.AdminClientAsync();

        var created = await admin.ReadAsync<TechTransferProjectDto>(await admin.PostAsync(ProjectsUrl, Project(enterprise.Id, "智能终端产业化")));
        Assert.Equal((enterprise.Name, 500000.50m, TechTransferStatus.Funded), (created.EnterpriseName, created.AmountFunded, created.Status));
        var applied = await admin.ReadAsync<TechTransferProjectDto>(await admin.PostAsync(ProjectsUrl,
            Project(enterprise.Id).With("status", "Applied").With("fundedOn", null).With("amountFunded", null).With("year", Today.Year - 1)));

        var changed = await admin.ReadAsync<TechTransferProjectDto>(await admin.PutAsync($"{ProjectsUrl}/{created.Id}",
            Project(enterprise.Id, "智能终端产业化（二期）").With("status", "Completed").With("concurrencyStamp", created.ConcurrencyStamp)));
        Assert.Equal(("智能终端产业化（二期）", TechTransferStatus.Completed), (changed.Title, changed.Status));

        var funded = await admin.GetFromJsonAsync<PagedResultDto<TechTransferProjectDto>>($"{ProjectsUrl}?enterpriseId={enterprise.Id}&year={Today.Year}&status=Completed");
        Assert.Equal(changed, Assert.Single(funded.Items));
        var lastYear = await admin.GetFromJsonAsync<PagedResultDto<TechTransferProjectDto>>($"{ProjectsUrl}?enterpriseId={enterprise.Id}&year={Today.Year - 1}");
        Assert.Equal(applied.Id, Assert.Single(lastYear.Items).Id);

        using var deleted = await admin.DeleteAsync($"{ProjectsUrl}/{created.Id}");
        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        var left = await admin.GetFromJsonAsync<PagedResultDto<TechTransferProjectDto>>($"{ProjectsUrl}?enterpriseId={enterprise.Id}");
        Assert.Equal(applied.Id, Assert.Single(left.Items).Id);
        var audit = await factory.WithServicesAsync(sp => sp.GetRequiredService<IncubationDbContext>().AuditLogs.AsNoTracking()
            .Where(a => a.EntityType == nameof(TechTransferProject) && a.EntityId == created.Id.ToString()).OrderBy(a => a.Time).Select(a => a.ChangeType).ToListAsync());
        Assert.Equal([AuditChangeType.Created, AuditChangeType.Updated, AuditChangeType.Deleted], audit);
    }

    [Fact]
    public async Task Should_answer_field_errors_in_chinese_for_each_rule_and_write_nothing()
    {
        var enterprise = await _data.EnterpriseAsync();
        using var admin = await _data.AdminClientAsync();

        Assert.Contains("年度应在", await FieldErrorAsync(await admin.PostAsync(ProjectsUrl, Project(enterprise.Id).With("year", 1999)), "year"));
        Assert.Contains("年度应在", await FieldErrorAsync(await admin.PostAsync(ProjectsUrl, Project(enterprise.Id).With("year", Today.Year + 2)), "year"));
        Assert.Contains("项目名称", await FieldErrorAsync(await admin.PostAsync(ProjectsUrl, Project(enterprise.Id).With("title", "")), "title"));
        Assert.Contains("支持金额", await FieldErrorAsync(await admin.PostAsync(ProjectsUrl, Project(enterprise.Id).With("amountFunded", -1m)), "amountFunded"));
        Assert.Contains("支持金额", await FieldErrorAsync(await admin.PostAsync(ProjectsUrl, Project(enterprise.Id).With("amountFunded", 2_000_000_000m)), "amountFunded"));
        Assert.Contains("支持金额", await FieldErrorAsync(await admin.PostAsync(ProjectsUrl, Project(enterprise.Id).With("amountFunded", 1.234m)), "amountFunded"));
        Assert.Contains("立项支持日期", await FieldErrorAsync(await admin.PostAsync(ProjectsUrl, Project(enterprise.Id).With("fundedOn", null)), "fundedOn"));
        Assert.Contains("应在项目年度内", await FieldErrorAsync(await admin.PostAsync(ProjectsUrl,
            Project(enterprise.Id).With("fundedOn", Day(new DateOnly(Today.Year - 1, 6, 1)))), "fundedOn"));
        Assert.Contains("不存在", await FieldErrorAsync(await admin.PostAsync(ProjectsUrl, Project(Guid.NewGuid())), "enterpriseId"));
        Assert.Contains("年度", await FieldErrorAsync(await admin.GetAsync($"{ProjectsUrl}?year=1800"), "year"));

        Assert.False(await factory.WithServicesAsync(sp => sp.GetRequiredService<IncubationDbContext>().Set<TechTransferProject>()
            .IgnoreQueryFilters().AnyAsync(p => p.EnterpriseId == enterprise.Id)));
    }

    [Fact]
    public async Task Should_answer_409_to_a_stale_concurrency_stamp()
    {
        var enterprise = await _data.EnterpriseAsync();
        using var admin = await _data.AdminClientAsync();
        var created = await admin.ReadAsync<TechTransferProjectDto>(await admin.PostAsync(ProjectsUrl, Project(enterprise.Id)));
        await admin.ReadAsync<TechTransferProjectDto>(await admin.PutAsync($"{ProjectsUrl}/{created.Id}",
            Project(enterprise.Id, "新名称").With("concurrencyStamp", created.ConcurrencyStamp)));

        using var stale = await admin.PutAsync($"{ProjectsUrl}/{created.Id}", Project(enterprise.Id, "旧名称").With("concurrencyStamp", created.ConcurrencyStamp));

        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Equal("新名称", (await admin.GetFromJsonAsync<TechTransferProjectDto>($"{ProjectsUrl}/{created.Id}")).Title);
    }

    [Fact]
    public async Task Should_show_a_street_officer_only_the_projects_of_their_sub_district()
    {
        var inside = await _data.EnterpriseAsync(subDistrictCode: TestData.SubDistrictA);
        var outside = await _data.EnterpriseAsync(subDistrictCode: TestData.SubDistrictB);
        using var admin = await _data.AdminClientAsync();
        var marker = "范围项目" + Guid.NewGuid().ToString("N")[..8];
        var mine = await admin.ReadAsync<TechTransferProjectDto>(await admin.PostAsync(ProjectsUrl, Project(inside.Id, marker + "甲")));
        var theirs = await admin.ReadAsync<TechTransferProjectDto>(await admin.PostAsync(ProjectsUrl, Project(outside.Id, marker + "乙")));
        using var street = await _data.ClientForAsync(IncubationRoles.StreetOfficer, subDistrictCode: TestData.SubDistrictA);

        var seen = await street.GetFromJsonAsync<PagedResultDto<TechTransferProjectDto>>($"{ProjectsUrl}?filter={marker}");

        Assert.Equal(mine.Id, Assert.Single(seen.Items).Id);
        using var hidden = await street.GetAsync($"{ProjectsUrl}/{theirs.Id}");
        Assert.Equal(HttpStatusCode.NotFound, hidden.StatusCode);
    }

    [Fact]
    public async Task Should_export_the_filtered_projects()
    {
        var enterprise = await _data.EnterpriseAsync(name: "导出项目企业 " + Guid.NewGuid().ToString("N")[..6]);
        using var admin = await _data.AdminClientAsync();
        await admin.ReadAsync<TechTransferProjectDto>(await admin.PostAsync(ProjectsUrl, Project(enterprise.Id, "导出的项目")));
        await admin.ReadAsync<TechTransferProjectDto>(await admin.PostAsync(ProjectsUrl,
            Project(enterprise.Id, "另一状态").With("status", "Applied").With("fundedOn", null)));

        using var response = await admin.GetAsync($"{ProjectsUrl}/export?enterpriseId={enterprise.Id}&status=Funded");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await using var stream = await response.Content.ReadAsStreamAsync();
        var row = Assert.Single((await stream.QueryAsync(useHeaderRow: true)).Cast<IDictionary<string, object?>>());
        Assert.Equal("导出的项目", row["项目名称"]);
        Assert.Equal(enterprise.Name, row["企业"]);
        Assert.Equal("已立项支持", row["项目状态"]);
        Assert.Equal(500000.5m, Convert.ToDecimal(row["支持金额（元）"], System.Globalization.CultureInfo.InvariantCulture));
    }
}
