using System.Net;
using Incubation.Dtos;
using Incubation.Enterprises;

namespace Incubation.Imports;

/// <summary>Every kind of bad row reported with its row number and field; a file with any bad row writes nothing.</summary>
public class ImportValidationTests(IncubationWebApplicationFactory factory) : IClassFixture<IncubationWebApplicationFactory>
{
    public static readonly string[] EnterpriseHeader =
        ["*统一社会信用代码", "*企业名称", "*所属街道（镇）", "*技术领域", "注册资本（万元）", "成立日期", "规上企业"];

    public static readonly string[] YearlyHeader =
        ["*统一社会信用代码", "*年度", "研发费用（元）", "境内研发费用（元）", "职工总数（全年月平均）", "科技人员数", "净利润（元）"];

    public static readonly string[] QualificationHeader = ["*统一社会信用代码", "*资质类别", "*证书编号", "*发证日期", "有效期至"];

    private readonly TestData _data = new(factory);

    private static int ThisYear => ChinaTime.Today(TimeProvider.System).Year;

    [Fact]
    public async Task Should_report_each_bad_enterprise_row_with_its_row_number_and_field()
    {
        using var admin = await _data.AdminClientAsync();
        var good = TestData.NewCreditCode();
        var wrongCheck = WrongCheckCharacter(TestData.NewCreditCode());
        object?[][] rows =
        [
            [good, "合格企业", "大营路街道", "10101", 100, "2019-05-20", "否"],                    // 2
            [wrongCheck, "校验码错误", "大营路街道", "10101", null, null, null],                   // 3
            ["ABC123", "格式错误", "大营路街道", "10101", null, null, null],                      // 4
            [TestData.NewCreditCode(), "街道不存在", "不存在街道", "10101", null, null, null],      // 5
            [TestData.NewCreditCode(), "领域不存在", "大营路街道", "99999", null, null, null],      // 6
            [TestData.NewCreditCode(), "非数字", "大营路街道", "10101", "一百万", null, null],       // 7
            [TestData.NewCreditCode(), "负数", "大营路街道", "10101", -5, null, null],              // 8
            [TestData.NewCreditCode(), null, "大营路街道", "10101", null, null, null],             // 9: a new enterprise needs a name
            [good, "重复代码", "大营路街道", "10101", null, null, null],                            // 10
            [null, null, null, null, null, null, null],                                             // 11: blank, skipped
            [915201030000000000d, "数字格式的代码", "大营路街道", "10101", null, null, null],        // 12
            [TestData.NewCreditCode(), "日期错误", "大营路街道", "10101", null, "2020-13-45", null], // 13
            [TestData.NewCreditCode(), "标记错误", "大营路街道", "10101", null, null, "也许"],       // 14
            [null, "缺代码", "大营路街道", "10101", null, null, null],                             // 15
        ];

        var preview = await ImportRequests.PreviewOkAsync(admin, ImportKind.Enterprises, ImportRequests.Xlsx(EnterpriseHeader, rows));

        Assert.Equal(
            [(3, "unifiedSocialCreditCode"), (4, "unifiedSocialCreditCode"), (5, "subDistrictCode"), (6, "industryFieldCode"), (7, "registeredCapital"),
             (8, "registeredCapital"), (9, "name"), (10, "unifiedSocialCreditCode"), (12, "unifiedSocialCreditCode"), (13, "establishedOn"),
             (14, "isAboveScale"), (15, "unifiedSocialCreditCode")],
            preview.Errors.Select(e => (e.RowNumber, e.Field)));
        Assert.Equal((13, 1, 12, false), (preview.TotalRows, preview.NewCount, preview.ErrorRowCount, preview.CanCommit));
        var checksum = preview.Errors.Single(e => e.RowNumber == 3);
        Assert.Equal(("*统一社会信用代码", wrongCheck), (checksum.Column, checksum.Value));
        Assert.Contains($"第18位应为“{UnifiedSocialCreditCode.ComputeCheckCharacter(wrongCheck.AsSpan(0, 17))}”", checksum.Message, StringComparison.Ordinal);
        Assert.Contains("第 2 行", preview.Errors.Single(e => e.RowNumber == 10).Message, StringComparison.Ordinal);
        Assert.Contains("文本", preview.Errors.Single(e => e.RowNumber == 12).Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_report_each_bad_yearly_data_row_with_its_row_number_and_field()
    {
        using var admin = await _data.AdminClientAsync();
        var enterprise = await _data.EnterpriseAsync();
        var code = enterprise.UnifiedSocialCreditCode;
        object?[][] rows =
        [
            [code, ThisYear - 1, 1000, 900, 10, 5, -100],                     // 2: good (a loss may be negative)
            [code, ThisYear - 2, "abc", null, null, null, null],              // 3: not a number
            [code, ThisYear - 3, null, null, -1, null, null],                 // 4: negative head count
            [code, ThisYear - 4, 1000, 2000, null, null, null],               // 5: domestic part above the whole
            [code, ThisYear - 5, null, null, 10, 12, null],                   // 6: tech staff above employees
            [code, ThisYear + 1, null, null, null, null, null],               // 7: a future year
            [TestData.NewCreditCode(), ThisYear - 1, null, null, null, null, null], // 8: no such enterprise
            [code, ThisYear - 1, null, null, null, null, null],               // 9: the same year as row 2
            [code, null, 1, null, null, null, null],                          // 10: no year
            [code, ThisYear - 6, null, null, 3.5, null, null],                // 11: not a whole number
            [code, ThisYear - 7, -5, null, null, null, null],                 // 12: negative expense
        ];

        var preview = await ImportRequests.PreviewOkAsync(admin, ImportKind.YearlyData, ImportRequests.Xlsx(YearlyHeader, rows));

        Assert.Equal(
            [(3, "rdExpense"), (4, "employees"), (5, "domesticRdExpense"), (6, "techStaff"), (7, "fiscalYear"), (8, "unifiedSocialCreditCode"),
             (9, "fiscalYear"), (10, "fiscalYear"), (11, "employees"), (12, "rdExpense")],
            preview.Errors.Select(e => (e.RowNumber, e.Field)));
        Assert.Equal((11, 1), (preview.TotalRows, preview.NewCount));
        Assert.Contains("境内研发费用（元）", preview.Errors.Single(e => e.RowNumber == 5).Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_report_each_bad_qualification_row_with_its_row_number_and_field()
    {
        using var admin = await _data.AdminClientAsync();
        var enterprise = await _data.EnterpriseAsync();
        var code = enterprise.UnifiedSocialCreditCode;
        var today = ChinaTime.Today(TimeProvider.System);
        object?[][] rows =
        [
            [code, "高新技术企业", "GR1", today.AddDays(-10).ToString("yyyy-MM-dd"), null],         // 2: good
            [code, "不存在的资质", "GR2", today.AddDays(-10).ToString("yyyy-MM-dd"), null],         // 3
            [code, "科技型中小企业", "TS3", today.AddDays(5).ToString("yyyy-MM-dd"), null],          // 4: issued in the future
            [code, "HighTech", "GR4", "2024-05-01", "2024-04-30"],                                  // 5: expires before issue
            [code, "高新技术企业", null, "2024-05-01", null],                                        // 6: no number
            [code, "高新技术企业", "GR1", today.AddDays(-10).ToString("yyyy-MM-dd"), null],         // 7: same certificate as row 2
        ];

        var preview = await ImportRequests.PreviewOkAsync(admin, ImportKind.Qualifications, ImportRequests.Xlsx(QualificationHeader, rows));

        Assert.Equal([(3, "kind"), (4, "issuedOn"), (5, "expiresOn"), (6, "certificateNumber"), (7, "certificateNumber")],
            preview.Errors.Select(e => (e.RowNumber, e.Field)));
        Assert.Contains("科技型中小企业", preview.Errors[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_write_nothing_when_any_row_fails()
    {
        using var admin = await _data.AdminClientAsync();
        var codes = Enumerable.Range(0, 3).Select(_ => TestData.NewCreditCode()).ToList();
        var file = ImportRequests.Xlsx(EnterpriseHeader,
        [
            [codes[0], "好企业一", "大营路街道", "10101", null, null, null],
            [codes[1], "好企业二", "大营路街道", "10101", null, null, null],
            [codes[2], "好企业三", "大营路街道", "10101", "很多", null, null],
        ]);
        var preview = await ImportRequests.PreviewOkAsync(admin, ImportKind.Enterprises, file);
        Assert.False(preview.CanCommit);

        // Confirming anyway (a client that skips the check) is refused with the rows' errors.
        using var commit = await ImportRequests.CommitAsync(admin, ImportKind.Enterprises, file, preview.Fingerprint);

        Assert.Equal(HttpStatusCode.BadRequest, commit.StatusCode);
        Assert.Contains("rows[4].registeredCapital", await commit.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        foreach (var code in codes)
        {
            var found = await admin.GetFromJsonAsync<PagedResultDto<EnterpriseListItemDto>>($"{EnterpriseRequests.Url}?filter={code}");
            Assert.Equal(0, found.TotalCount);
        }
    }

    [Fact]
    public async Task Should_refuse_a_commit_of_a_file_other_than_the_previewed_one()
    {
        using var admin = await _data.AdminClientAsync();
        var code = TestData.NewCreditCode();
        var previewed = ImportRequests.Xlsx(EnterpriseHeader, [[TestData.NewCreditCode(), "预览的文件", "大营路街道", "10101", null, null, null]]);
        var other = ImportRequests.Xlsx(EnterpriseHeader, [[code, "换过的文件", "大营路街道", "10101", null, null, null]]);
        var preview = await ImportRequests.PreviewOkAsync(admin, ImportKind.Enterprises, previewed);

        using var commit = await ImportRequests.CommitAsync(admin, ImportKind.Enterprises, other, preview.Fingerprint);

        Assert.Equal(HttpStatusCode.Conflict, commit.StatusCode);
        Assert.Contains(ImportErrorCodes.FileChanged, await commit.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(0, (await admin.GetFromJsonAsync<PagedResultDto<EnterpriseListItemDto>>($"{EnterpriseRequests.Url}?filter={code}")).TotalCount);
    }

    [Fact]
    public async Task Should_report_in_the_users_language()
    {
        using var admin = await _data.AdminClientAsync();

        var preview = await ImportRequests.PreviewOkAsync(admin, ImportKind.Enterprises,
            ImportRequests.Xlsx(EnterpriseHeader, [[TestData.NewCreditCode(), "E", "大营路街道", "10101", "lots", null, null]]), culture: "en");

        var error = Assert.Single(preview.Errors);
        Assert.Equal(("注册资本（万元）", "Not a number."), (error.Column, error.Message));
    }

    [Theory]
    [InlineData("garbage")]
    [InlineData("xls")]
    [InlineData("empty")]
    [InlineData("header only")]
    [InlineData("wrong kind")]
    public async Task Should_refuse_a_file_that_cannot_be_imported_as_a_whole(string file)
    {
        using var admin = await _data.AdminClientAsync();
        var content = file switch
        {
            "garbage" => [0x50, 0x4B, 0x03, 0x04, 0x00, 0x01, 0x02],
            "xls" => [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1],
            "empty" => [],
            "header only" => ImportRequests.Xlsx(EnterpriseHeader, []),
            _ => ImportRequests.Xlsx(QualificationHeader, [[TestData.NewCreditCode(), "高新技术企业", "GR1", "2024-01-01", null]]),
        };

        using var response = await ImportRequests.PreviewAsync(admin, ImportKind.YearlyData, content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        Assert.Contains("\"file\"", body, StringComparison.Ordinal);
        if (file == "wrong kind")
        {
            Assert.Contains("年度", body, StringComparison.Ordinal); // the missing column is named
        }
    }

    private static string WrongCheckCharacter(string code) =>
        code[..17] + UnifiedSocialCreditCode.Alphabet[(UnifiedSocialCreditCode.Alphabet.IndexOf(code[17]) + 1) % UnifiedSocialCreditCode.Alphabet.Length];
}
