using System.Net;
using System.Text.Json;
using Incubation.Auditing;
using Incubation.Dtos;
using Incubation.EntityFrameworkCore;
using Incubation.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MiniExcelLibs;
using static Incubation.Platforms.PlatformRequests;

namespace Incubation.Platforms;

/// <summary>The platform register through the API. Each test works on platforms it names itself, so the tests share one database.</summary>
public class InnovationPlatformApiTests(IncubationWebApplicationFactory factory) : IClassFixture<IncubationWebApplicationFactory>
{
    private readonly TestData _data = new(factory);

    [Fact]
    public async Task Should_create_read_change_and_list_a_platform_hosted_by_an_enterprise()
    {
        var host = await _data.EnterpriseAsync(name: "平台依托企业 " + Guid.NewGuid().ToString("N")[..6]);
        using var admin = await _data.AdminClientAsync();
        var body = Platform().With("hostEnterpriseId", host.Id).With("hostInstitution", null).With("kind", "KeyLaboratory");

        var created = await admin.ReadAsync<InnovationPlatformDto>(await admin.PostAsync(PlatformsUrl, body));
        Assert.Equal((host.Id, host.Name, PlatformKind.KeyLaboratory, PlatformStatus.Active), (created.HostEnterpriseId, created.HostEnterpriseName, created.Kind, created.Status));
        Assert.Equal("大营路街道", created.SubDistrictName);
        Assert.Equal(created, await admin.GetFromJsonAsync<InnovationPlatformDto>($"{PlatformsUrl}/{created.Id}"));

        var ended = Today.AddDays(-3);
        var changed = await admin.ReadAsync<InnovationPlatformDto>(await admin.PutAsync($"{PlatformsUrl}/{created.Id}", body
            .With("status", "Closed").With("endedOn", Day(ended)).With("concurrencyStamp", created.ConcurrencyStamp)));
        Assert.Equal((PlatformStatus.Closed, (DateOnly?)ended), (changed.Status, changed.EndedOn));
        Assert.NotEqual(created.ConcurrencyStamp, changed.ConcurrencyStamp);

        var list = await admin.GetFromJsonAsync<PagedResultDto<InnovationPlatformDto>>($"{PlatformsUrl}?hostEnterpriseId={host.Id}");
        Assert.Equal(changed, Assert.Single(list.Items));
        var byText = await admin.GetFromJsonAsync<PagedResultDto<InnovationPlatformDto>>($"{PlatformsUrl}?filter={Uri.EscapeDataString(host.Name)}");
        Assert.Contains(byText.Items, p => p.Id == created.Id);
    }

    [Fact]
    public async Task Should_filter_by_kind_level_status_and_sub_district_and_page_on_the_server()
    {
        using var admin = await _data.AdminClientAsync();
        var marker = "筛选" + Guid.NewGuid().ToString("N")[..8];
        async Task<Guid> AddAsync(string kind, string level, string subDistrict, string status = "Active") =>
            (await admin.ReadAsync<InnovationPlatformDto>(await admin.PostAsync(PlatformsUrl, Platform(marker + kind + level + subDistrict + status)
                .With("kind", kind).With("level", level).With("subDistrictCode", subDistrict).With("status", status)
                .With("endedOn", status == "Active" ? null : Day(Today.AddDays(-1)))))).Id;
        var wanted = await AddAsync("NewRdInstitution", "National", TestData.SubDistrictB);
        await AddAsync("NewRdInstitution", "District", TestData.SubDistrictB);
        await AddAsync("NewRdInstitution", "National", TestData.SubDistrictA);
        await AddAsync("MakerSpace", "National", TestData.SubDistrictB);
        await AddAsync("NewRdInstitution", "National", TestData.SubDistrictB, "Revoked");

        var filtered = await admin.GetFromJsonAsync<PagedResultDto<InnovationPlatformDto>>(
            $"{PlatformsUrl}?filter={marker}&kind=NewRdInstitution&level=National&status=Active&subDistrictCode={TestData.SubDistrictB}");
        Assert.Equal(wanted, Assert.Single(filtered.Items).Id);

        var page = await admin.GetFromJsonAsync<PagedResultDto<InnovationPlatformDto>>($"{PlatformsUrl}?filter={marker}&maxResultCount=2&skipCount=2&sorting=name");
        Assert.Equal(5, page.TotalCount);
        Assert.Equal(2, page.Items.Count);
    }

    [Fact]
    public async Task Should_answer_field_errors_in_chinese_for_each_rule()
    {
        using var admin = await _data.AdminClientAsync();
        var stranger = Guid.NewGuid();

        Assert.Contains("平台名称", await FieldErrorAsync(await admin.PostAsync(PlatformsUrl, Platform().With("name", "")), "name"));
        Assert.Contains("平台名称", await FieldErrorAsync(await admin.PostAsync(PlatformsUrl, Platform(new string('长', 201))), "name"));
        Assert.Contains("请选择依托企业或填写依托机构", await FieldErrorAsync(await admin.PostAsync(PlatformsUrl, Platform().With("hostInstitution", " ")), "hostEnterpriseId"));
        var host = await _data.EnterpriseAsync();
        Assert.Contains("只能填写其一", await FieldErrorAsync(await admin.PostAsync(PlatformsUrl, Platform().With("hostEnterpriseId", host.Id)), "hostEnterpriseId"));
        Assert.Contains("不存在", await FieldErrorAsync(await admin.PostAsync(PlatformsUrl,
            Platform().With("hostEnterpriseId", stranger).With("hostInstitution", null)), "hostEnterpriseId"));
        Assert.Contains("所选街道（镇）不存在", await FieldErrorAsync(await admin.PostAsync(PlatformsUrl, Platform().With("subDistrictCode", "999999999")), "subDistrictCode"));
        Assert.Contains("日期不能晚于今天", await FieldErrorAsync(await admin.PostAsync(PlatformsUrl, Platform().With("approvedOn", Day(Today.AddDays(2)))), "approvedOn"));
        Assert.Contains("撤销/关闭日期", await FieldErrorAsync(await admin.PostAsync(PlatformsUrl, Platform().With("status", "Revoked")), "endedOn"));
        Assert.Contains("不能早于认定日期", await FieldErrorAsync(await admin.PostAsync(PlatformsUrl,
            Platform().With("status", "Closed").With("endedOn", Day(Today.AddYears(-3)))), "endedOn"));
        Assert.Contains("批准文号", await FieldErrorAsync(await admin.PostAsync(PlatformsUrl, Platform().With("approvalNumber", new string('号', 101))), "approvalNumber"));
        Assert.Contains("平台类别", await FieldErrorAsync(await admin.PostAsync(PlatformsUrl, Platform().With("kind", 42)), "kind"));
        Assert.Contains("排序", await FieldErrorAsync(await admin.GetAsync($"{PlatformsUrl}?sorting=Name;drop"), "sorting"));

        // Nothing of these was written.
        Assert.False(await factory.WithServicesAsync(sp => sp.GetRequiredService<IncubationDbContext>().Set<InnovationPlatform>()
            .IgnoreQueryFilters().AnyAsync(p => p.HostEnterpriseId == host.Id || p.HostEnterpriseId == stranger)));
    }

    [Fact]
    public async Task Should_answer_409_to_a_stale_concurrency_stamp_and_keep_the_newer_change()
    {
        using var admin = await _data.AdminClientAsync();
        var created = await admin.ReadAsync<InnovationPlatformDto>(await admin.PostAsync(PlatformsUrl, Platform()));
        var first = await admin.ReadAsync<InnovationPlatformDto>(await admin.PutAsync($"{PlatformsUrl}/{created.Id}",
            Platform("第一次修改").With("concurrencyStamp", created.ConcurrencyStamp)));

        using var stale = await admin.PutAsync($"{PlatformsUrl}/{created.Id}", Platform("过时的修改").With("concurrencyStamp", created.ConcurrencyStamp));

        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Equal("第一次修改", (await admin.GetFromJsonAsync<InnovationPlatformDto>($"{PlatformsUrl}/{created.Id}")).Name);
        Assert.Equal(first.ConcurrencyStamp, (await admin.GetFromJsonAsync<InnovationPlatformDto>($"{PlatformsUrl}/{created.Id}")).ConcurrencyStamp);
    }

    [Fact]
    public async Task Should_soft_delete_a_platform_out_of_the_list_and_audit_every_change()
    {
        using var admin = await _data.AdminClientAsync();
        var name = "待删除平台 " + Guid.NewGuid().ToString("N")[..8];
        var created = await admin.ReadAsync<InnovationPlatformDto>(await admin.PostAsync(PlatformsUrl, Platform(name)));
        await admin.ReadAsync<InnovationPlatformDto>(await admin.PutAsync($"{PlatformsUrl}/{created.Id}",
            Platform(name + " 改").With("concurrencyStamp", created.ConcurrencyStamp)));

        using var deleted = await admin.DeleteAsync($"{PlatformsUrl}/{created.Id}");

        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        using var gone = await admin.GetAsync($"{PlatformsUrl}/{created.Id}");
        Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
        Assert.Empty((await admin.GetFromJsonAsync<PagedResultDto<InnovationPlatformDto>>($"{PlatformsUrl}?filter={Uri.EscapeDataString(name)}")).Items);
        var rows = await factory.WithServicesAsync(async sp =>
        {
            var db = sp.GetRequiredService<IncubationDbContext>();
            Assert.True(await db.Set<InnovationPlatform>().IgnoreQueryFilters().AnyAsync(p => p.Id == created.Id && p.IsDeleted));
            return await db.AuditLogs.AsNoTracking().Where(a => a.EntityType == nameof(InnovationPlatform) && a.EntityId == created.Id.ToString())
                .OrderBy(a => a.Time).ToListAsync();
        });
        Assert.Equal([AuditChangeType.Created, AuditChangeType.Updated, AuditChangeType.Deleted], rows.Select(r => r.ChangeType));
        var nameChange = JsonDocument.Parse(rows[1].Changes).RootElement.EnumerateArray().Single(c => c.GetProperty("property").GetString() == "Name");
        Assert.Equal((name, name + " 改"), (nameChange.GetProperty("oldValue").GetString(), nameChange.GetProperty("newValue").GetString()));
    }

    [Fact]
    public async Task Should_show_an_enterprise_hosted_platform_only_within_the_callers_scope()
    {
        var inside = await _data.EnterpriseAsync(subDistrictCode: TestData.SubDistrictA);
        var outside = await _data.EnterpriseAsync(subDistrictCode: TestData.SubDistrictB);
        using var admin = await _data.AdminClientAsync();
        var marker = "范围" + Guid.NewGuid().ToString("N")[..8];
        var mine = await admin.ReadAsync<InnovationPlatformDto>(await admin.PostAsync(PlatformsUrl,
            Platform(marker + "A").With("hostEnterpriseId", inside.Id).With("hostInstitution", null)));
        var theirs = await admin.ReadAsync<InnovationPlatformDto>(await admin.PostAsync(PlatformsUrl,
            Platform(marker + "B").With("hostEnterpriseId", outside.Id).With("hostInstitution", null)));
        var institutions = await admin.ReadAsync<InnovationPlatformDto>(await admin.PostAsync(PlatformsUrl, Platform(marker + "C")));
        using var street = await _data.ClientForAsync(IncubationRoles.StreetOfficer, subDistrictCode: TestData.SubDistrictA);

        var seen = await street.GetFromJsonAsync<PagedResultDto<InnovationPlatformDto>>($"{PlatformsUrl}?filter={marker}");

        Assert.Equal(new[] { mine.Id, institutions.Id }.Order(), seen.Items.Select(p => p.Id).Order());
        using var hidden = await street.GetAsync($"{PlatformsUrl}/{theirs.Id}");
        Assert.Equal(HttpStatusCode.NotFound, hidden.StatusCode);
    }

    [Fact]
    public async Task Should_export_the_filtered_register_with_localised_headers()
    {
        using var admin = await _data.AdminClientAsync();
        var marker = "导出" + Guid.NewGuid().ToString("N")[..8];
        await admin.ReadAsync<InnovationPlatformDto>(await admin.PostAsync(PlatformsUrl, Platform(marker + "甲").With("kind", "AcademicianWorkstation")));
        await admin.ReadAsync<InnovationPlatformDto>(await admin.PostAsync(PlatformsUrl, Platform(marker + "乙").With("kind", "MakerSpace")));

        using var response = await admin.GetAsync($"{PlatformsUrl}/export?filter={marker}&kind=AcademicianWorkstation");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", response.Content.Headers.ContentType?.MediaType);
        await using var stream = await response.Content.ReadAsStreamAsync();
        var row = Assert.Single((await stream.QueryAsync(useHeaderRow: true)).Cast<IDictionary<string, object?>>());
        Assert.Equal(marker + "甲", row["平台名称"]);
        Assert.Equal("院士工作站", row["平台类别"]);
        Assert.Equal("贵州测试研究院", row["依托单位"]);
        Assert.Equal("有效", row["状态"]);
    }

    [Fact]
    public async Task Should_export_only_headers_when_nothing_matches()
    {
        using var admin = await _data.AdminClientAsync();
        using var response = await admin.GetAsync($"{PlatformsUrl}/export?filter=nothing-{Guid.NewGuid():N}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await using var stream = await response.Content.ReadAsStreamAsync();
        var header = Assert.Single((await stream.QueryAsync(useHeaderRow: false)).Cast<IDictionary<string, object?>>());
        Assert.Contains("平台名称", header.Values);
    }
}
