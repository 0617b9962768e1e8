using System.Net;
using Incubation.Certification;
using Incubation.Dtos;
using Incubation.Enterprises;
using MiniExcelLibs;

namespace Incubation.Imports;

/// <summary>A template downloaded, filled in as a user would and imported, then read back through the API.</summary>
public class ImportTemplateTests(IncubationWebApplicationFactory factory) : IClassFixture<IncubationWebApplicationFactory>
{
    private readonly TestData _data = new(factory);

    private static DateOnly Today => ChinaTime.Today(TimeProvider.System);

    [Fact]
    public async Task Should_import_enterprises_filled_into_the_downloaded_template()
    {
        using var admin = await _data.AdminClientAsync();
        var incubator = await _data.IncubatorAsync("星辰孵化器");
        var header = await ImportRequests.TemplateHeaderAsync(admin, ImportKind.Enterprises);
        Assert.Equal("*统一社会信用代码", header[0]);
        var code = TestData.NewCreditCode();
        var values = new Dictionary<string, object?>
        {
            ["统一社会信用代码"] = code,
            ["企业名称"] = "贵阳云岩模板测试科技有限公司",
            ["所属街道（镇）"] = "黔灵东路街道",
            ["技术领域"] = "基础软件",
            ["所属孵化器"] = incubator.Name,
            ["法定代表人"] = "李模板",
            ["成立日期"] = new DateTime(2018, 4, 9),
            ["注册资本（万元）"] = 350.5,
            ["地址"] = "云岩区中华北路 1 号",
            ["规上企业"] = "是",
            ["科学研究和技术服务业"] = "是",
            ["标签"] = "软件、信创",
        };

        var result = await ImportRequests.ImportAsync(admin, ImportKind.Enterprises,
            ImportRequests.Xlsx(header, [header.Select(h => values.GetValueOrDefault(h.TrimStart('*'))).ToArray()]));

        Assert.Equal((1, 1, 0, 0), (result.TotalRows, result.CreatedCount, result.UpdatedCount, result.UnchangedCount));
        var listed = await admin.GetFromJsonAsync<PagedResultDto<EnterpriseListItemDto>>($"{EnterpriseRequests.Url}?filter={code}");
        var enterprise = await admin.GetFromJsonAsync<EnterpriseDto>($"{EnterpriseRequests.Url}/{Assert.Single(listed.Items).Id}");
        Assert.Equal(("贵阳云岩模板测试科技有限公司", code, TestData.SubDistrictB, TestData.LeafField, incubator.Id),
            (enterprise.Name, enterprise.UnifiedSocialCreditCode, enterprise.SubDistrictCode, enterprise.IndustryFieldCode, enterprise.IncubatorId));
        Assert.Equal(("李模板", new DateOnly(2018, 4, 9), 350.5m, "云岩区中华北路 1 号"),
            (enterprise.LegalRepresentative, enterprise.EstablishedOn, enterprise.RegisteredCapital, enterprise.Address));
        Assert.True(enterprise.IsAboveScale && enterprise.IsSciTechService);
        Assert.Equal(["软件", "信创"], enterprise.Tags);
    }

    [Fact]
    public async Task Should_import_yearly_data_filled_into_its_template_as_verified_by_the_importing_bureau()
    {
        using var admin = await _data.AdminClientAsync();
        var enterprise = await _data.EnterpriseAsync();
        var header = await ImportRequests.TemplateHeaderAsync(admin, ImportKind.YearlyData);
        var year = Today.Year - 1;
        var values = new Dictionary<string, object?>
        {
            ["统一社会信用代码"] = enterprise.UnifiedSocialCreditCode,
            ["年度"] = year,
            ["销售收入（元）"] = 12_000_000.5,
            ["研发费用（元）"] = "1,100,000",
            ["境内研发费用（元）"] = 1_000_000,
            ["净利润（元）"] = -250_000,
            ["职工总数（全年月平均）"] = 60,
            ["科技人员数"] = "20",
        };

        var result = await ImportRequests.ImportAsync(admin, ImportKind.YearlyData,
            ImportRequests.Xlsx(header, [header.Select(h => values.GetValueOrDefault(h.TrimStart('*'))).ToArray()]));

        Assert.Equal(1, result.CreatedCount);
        var data = await admin.GetFromJsonAsync<YearlyDataDto>(YearlyDataRequests.Url(enterprise.Id, year));
        Assert.Equal((YearlyDataStatus.Verified, DataProvenance.VerifiedByBureau), (data.Status, data.Provenance));
        Assert.Equal((12_000_000.5m, 1_100_000m, 1_000_000m, -250_000m, 60, 20),
            (data.SalesRevenue, data.RdExpense, data.DomesticRdExpense, data.NetProfit, data.Employees, data.TechStaff));
        Assert.Null(data.TotalIncome);
        Assert.All(data.FigureSources.Values, s => Assert.Equal(DataProvenance.VerifiedByBureau, s.Provenance));
        var history = await admin.GetFromJsonAsync<List<YearlyDataRevisionDto>>(YearlyDataRequests.Url(enterprise.Id, year, "revisions"));
        Assert.Equal([YearlyDataStatus.Submitted, YearlyDataStatus.Verified], history.Select(r => r.Status));
        Assert.All(history, r => Assert.Equal("admin", r.UserName));
    }

    [Fact]
    public async Task Should_import_qualifications_filled_into_their_template_with_the_rules_default_expiry()
    {
        using var admin = await _data.AdminClientAsync();
        var enterprise = await _data.EnterpriseAsync();
        var header = await ImportRequests.TemplateHeaderAsync(admin, ImportKind.Qualifications);
        var issued = Today.AddDays(-30);
        var values = new Dictionary<string, object?>
        {
            ["统一社会信用代码"] = enterprise.UnifiedSocialCreditCode,
            ["资质类别"] = "高新技术企业",
            ["证书编号"] = "GR202552000777",
            ["发证日期"] = issued.ToString("yyyy/M/d", System.Globalization.CultureInfo.InvariantCulture),
            ["发证机关"] = "贵州省科学技术厅",
        };

        await ImportRequests.ImportAsync(admin, ImportKind.Qualifications,
            ImportRequests.Xlsx(header, [header.Select(h => values.GetValueOrDefault(h.TrimStart('*'))).ToArray()]));

        var held = Assert.Single(await admin.GetFromJsonAsync<List<QualificationDto>>($"{EnterpriseRequests.Url}/{enterprise.Id}/qualifications"));
        Assert.Equal((QualificationKind.HighTech, "GR202552000777", issued, issued.AddYears(3).AddDays(-1), "贵州省科学技术厅"),
            (held.Kind, held.CertificateNumber, held.IssuedOn, held.ExpiresOn, held.IssuingBody));
        Assert.Equal(QualificationSources.Bureau, held.Source);
    }

    [Fact]
    public async Task Should_give_the_template_in_the_users_language_with_instructions_and_reference_lists()
    {
        using var admin = await _data.AdminClientAsync();

        using var response = await ImportRequests.TemplateAsync(admin, ImportKind.Enterprises, culture: "en");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(ImportConsts.XlsxContentType, response.Content.Headers.ContentType?.MediaType);
        using var workbook = new MemoryStream(await response.Content.ReadAsByteArrayAsync());
        Assert.Equal(["Enterprises", "How to fill in", "Reference"], MiniExcel.GetSheetNames(workbook));
        workbook.Position = 0;
        var header = ((IDictionary<string, object?>)workbook.Query(useHeaderRow: false).Single()).Values.Select(v => v?.ToString()).ToList();
        Assert.Equal(["*Unified social credit code", "Above designated size"], [header[0], header[9]]);
        workbook.Position = 0;
        var reference = workbook.Query(useHeaderRow: true, sheetName: "Reference").Cast<IDictionary<string, object?>>().ToList();
        Assert.Contains(reference, r => Equals(r["Code"], TestData.SubDistrictA) && Equals(r["Name"], "大营路街道"));
        Assert.Contains(reference, r => Equals(r["Code"], TestData.LeafField));
    }
}
