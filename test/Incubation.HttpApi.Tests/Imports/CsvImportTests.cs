using System.Text;
using Incubation.Dtos;
using Incubation.Enterprises;

namespace Incubation.Imports;

/// <summary>CSV as Excel saves it: UTF-8 with or without a byte order mark, or GBK; the encoding is recognised, not asked.</summary>
public class CsvImportTests(IncubationWebApplicationFactory factory) : IClassFixture<IncubationWebApplicationFactory>
{
    private readonly TestData _data = new(factory);

    [Theory]
    [InlineData("utf-8", false, ImportFileFormat.CsvUtf8)]
    [InlineData("utf-8", true, ImportFileFormat.CsvUtf8)]
    [InlineData("gbk", false, ImportFileFormat.CsvGbk)]
    public async Task Should_read_chinese_text_intact_from_a_csv(string encodingName, bool bom, ImportFileFormat expected)
    {
        using var admin = await _data.AdminClientAsync();
        var encoding = encodingName == "gbk" ? CodePagesEncodingProvider.Instance.GetEncoding(936)! : new UTF8Encoding(false);
        var code = TestData.NewCreditCode();
        var file = ImportRequests.Csv(
            ["*统一社会信用代码", "*企业名称", "*所属街道（镇）", "*技术领域", "地址", "规上企业"],
            [
                [code, "贵阳黔灵镇·鑫磊（测试）科技有限公司", "黔灵镇", "基础软件", "云岩区\"宝山北路\"88号, 3楼\r\n东侧", "是"],
                [null, null, null, null, null, null],
            ],
            encoding, bom);

        var preview = await ImportRequests.PreviewOkAsync(admin, ImportKind.Enterprises, file, "roster.csv");
        Assert.Equal((expected, 1, 1), (preview.Format, preview.TotalRows, preview.NewCount));
        await ImportRequests.ImportAsync(admin, ImportKind.Enterprises, file, "roster.csv");

        var listed = await admin.GetFromJsonAsync<PagedResultDto<EnterpriseListItemDto>>($"{EnterpriseRequests.Url}?filter={code}");
        var enterprise = await admin.GetFromJsonAsync<EnterpriseDto>($"{EnterpriseRequests.Url}/{Assert.Single(listed.Items).Id}");
        Assert.Equal(("贵阳黔灵镇·鑫磊（测试）科技有限公司", "黔灵镇", "云岩区\"宝山北路\"88号, 3楼\r\n东侧", true),
            (enterprise.Name, enterprise.SubDistrictName, enterprise.Address, enterprise.IsAboveScale));
    }

    [Fact]
    public async Task Should_number_csv_rows_as_excel_shows_them_across_blank_lines_and_quoted_line_breaks()
    {
        using var admin = await _data.AdminClientAsync();
        var file = ImportRequests.Csv(
            ["*统一社会信用代码", "*企业名称", "*所属街道（镇）", "*技术领域", "地址"],
            [
                [TestData.NewCreditCode(), "第二行", "大营路街道", "10101", "两行\n地址"],
                [null, null, null, null, null],
                [TestData.NewCreditCode(), "第四行", "没有的街道", "10101", null],
            ],
            new UTF8Encoding(false));

        var preview = await ImportRequests.PreviewOkAsync(admin, ImportKind.Enterprises, file, "roster.csv");

        Assert.Equal((4, "subDistrictCode"), (Assert.Single(preview.Errors).RowNumber, preview.Errors[0].Field));
    }
}
