using Incubation.Dtos;
using Incubation.Enterprises;

namespace Incubation.Imports;

/// <summary>A district-sized roster in one file: every row arrives (the time it takes is measured by the benchmark).</summary>
public class LargeImportTests(IncubationWebApplicationFactory factory) : IClassFixture<IncubationWebApplicationFactory>
{
    private const int Rows = 10_000;
    private readonly TestData _data = new(factory);

    [Fact]
    public async Task Should_import_a_ten_thousand_row_file_completely()
    {
        using var admin = await _data.AdminClientAsync();
        var prefix = "万行" + Guid.NewGuid().ToString("N")[..6];
        var codes = ImportFiles.DistinctCreditCodes(Rows);
        var file = ImportFiles.Enterprises(codes, i => $"{prefix}企业{i:D5}");

        var result = await ImportRequests.ImportAsync(admin, ImportKind.Enterprises, file);

        Assert.Equal((Rows, Rows, 0), (result.TotalRows, result.CreatedCount, result.UpdatedCount));
        var listed = await admin.GetFromJsonAsync<PagedResultDto<EnterpriseListItemDto>>(
            $"{EnterpriseRequests.Url}?filter={Uri.EscapeDataString(prefix)}&sorting=name&maxResultCount=100");
        Assert.Equal(Rows, listed.TotalCount);
        Assert.Equal(($"{prefix}企业00000", codes[0], "黔灵东路街道"), (listed.Items[0].Name, listed.Items[0].UnifiedSocialCreditCode, listed.Items[0].SubDistrictName));
        var last = await admin.GetFromJsonAsync<PagedResultDto<EnterpriseListItemDto>>(
            $"{EnterpriseRequests.Url}?filter={Uri.EscapeDataString(prefix)}&sorting=name%20desc&maxResultCount=1");
        Assert.Equal(($"{prefix}企业{Rows - 1:D5}", codes[^1]), (last.Items[0].Name, last.Items[0].UnifiedSocialCreditCode));
    }
}
