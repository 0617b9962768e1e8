using System.Net;
using Incubation.Identity;
using Incubation.Imports;
using MiniExcelLibs;

namespace Incubation.Enterprises;

/// <summary>The registry list exports what it shows: the same filters, sorting and scope, as a workbook that imports back.</summary>
public class EnterpriseExportApiTests(IncubationWebApplicationFactory factory) : IClassFixture<IncubationWebApplicationFactory>
{
    private readonly TestData _data = new(factory);

    [Fact]
    public async Task Should_export_the_filtered_and_sorted_list()
    {
        using var admin = await _data.AdminClientAsync();
        var prefix = "导出" + Guid.NewGuid().ToString("N")[..6];
        await _data.EnterpriseAsync(prefix + "甲");
        await _data.EnterpriseAsync(prefix + "乙");
        await _data.EnterpriseAsync(prefix + "丙", subDistrictCode: TestData.SubDistrictB);
        await _data.EnterpriseAsync("别的企业");

        var rows = await ExportAsync(admin, $"filter={Uri.EscapeDataString(prefix)}&subDistrictCode={TestData.SubDistrictA}&sorting=name%20desc&maxResultCount=1");

        // By name, descending (甲 U+7532 after 乙 U+4E59), not the default newest first.
        Assert.Equal([prefix + "甲", prefix + "乙"], rows.Select(r => r["企业名称"]));
        Assert.Equal("大营路街道", rows[0]["所属街道（镇）"]);
        Assert.Equal("否", rows[0]["规上企业"]);
    }

    [Fact]
    public async Task Should_export_only_the_callers_scope()
    {
        var prefix = "辖区" + Guid.NewGuid().ToString("N")[..6];
        await _data.EnterpriseAsync(prefix + "A");
        await _data.EnterpriseAsync(prefix + "B", subDistrictCode: TestData.SubDistrictB);
        using var street = await _data.ClientForAsync(IncubationRoles.StreetOfficer, subDistrictCode: TestData.SubDistrictB);

        var rows = await ExportAsync(street, $"filter={Uri.EscapeDataString(prefix)}");

        Assert.Equal([prefix + "B"], rows.Select(r => r["企业名称"]));
    }

    [Fact]
    public async Task Should_give_headers_for_an_empty_list_and_refuse_a_caller_without_the_registry()
    {
        using var admin = await _data.AdminClientAsync();
        using var empty = await admin.GetAsync($"{EnterpriseRequests.Url}/export?filter=nothing-matches-{Guid.NewGuid():N}");
        using var unit = await _data.ClientForAsync(IncubationRoles.UnitOfficer);
        using var refused = await unit.GetAsync($"{EnterpriseRequests.Url}/export");

        Assert.Equal(HttpStatusCode.OK, empty.StatusCode);
        using var workbook = new MemoryStream(await empty.Content.ReadAsByteArrayAsync());
        var header = (IDictionary<string, object?>)workbook.Query(useHeaderRow: false).Single();
        Assert.Equal("企业名称", header.Values.First());
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
    }

    [Fact]
    public async Task Should_import_an_exported_list_back_without_change()
    {
        using var admin = await _data.AdminClientAsync();
        var prefix = "往返" + Guid.NewGuid().ToString("N")[..6];
        var incubator = await _data.IncubatorAsync("往返孵化器");
        await _data.EnterpriseAsync(prefix + "一", incubatorId: incubator.Id);
        await _data.EnterpriseAsync(prefix + "二", subDistrictCode: TestData.SubDistrictB);
        using var export = await admin.GetAsync($"{EnterpriseRequests.Url}/export?filter={Uri.EscapeDataString(prefix)}");

        var preview = await ImportRequests.PreviewOkAsync(admin, ImportKind.Enterprises, await export.Content.ReadAsByteArrayAsync());

        Assert.Equal((2, 0, 0, 2, 0), (preview.TotalRows, preview.NewCount, preview.UpdatedCount, preview.UnchangedCount, preview.ErrorCount));
        Assert.Equal(["创建时间"], preview.IgnoredColumns);
    }

    private static async Task<List<IDictionary<string, object?>>> ExportAsync(ApiClient client, string query)
    {
        using var response = await client.GetAsync($"{EnterpriseRequests.Url}/export?{query}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(EnterpriseRegistryWorkbook.ContentType, response.Content.Headers.ContentType?.MediaType);
        using var workbook = new MemoryStream(await response.Content.ReadAsByteArrayAsync());
        return workbook.Query(useHeaderRow: true).Cast<IDictionary<string, object?>>().ToList();
    }
}
