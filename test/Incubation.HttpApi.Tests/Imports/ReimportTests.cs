using System.Net;
using System.Text.Json;
using Incubation.Auditing;
using Incubation.Certification;
using Incubation.Dtos;
using Incubation.Enterprises;
using Incubation.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Incubation.Imports;

/// <summary>A row for a record already there updates it, never a second one; the data is checked again at commit.</summary>
public class ReimportTests(IncubationWebApplicationFactory factory) : IClassFixture<IncubationWebApplicationFactory>
{
    private static readonly string[] Header = ImportValidationTests.EnterpriseHeader;
    private readonly TestData _data = new(factory);

    private static DateOnly Today => ChinaTime.Today(TimeProvider.System);

    [Fact]
    public async Task Should_update_registered_enterprises_instead_of_duplicating_them()
    {
        using var admin = await _data.AdminClientAsync();
        var (first, second) = (TestData.NewCreditCode(), TestData.NewCreditCode());
        await ImportRequests.ImportAsync(admin, ImportKind.Enterprises, ImportRequests.Xlsx(Header,
        [
            [first, "原名称", "大营路街道", "10101", 100, "2019-05-20", "否"],
            [second, "不变的企业", "大营路街道", "10101", 200, null, null],
        ]));

        // Again: the first renamed and made 规上 with its other cells blank (kept), the second as it was, its code in lower case.
        var again = ImportRequests.Xlsx(Header,
        [
            [first, "新名称", null, null, null, null, "是"],
            [" " + second.ToLowerInvariant(), "不变的企业", "520103019", "基础软件", 200, null, null],
        ]);
        var preview = await ImportRequests.PreviewOkAsync(admin, ImportKind.Enterprises, again);
        Assert.Equal((0, 1, 1), (preview.NewCount, preview.UpdatedCount, preview.UnchangedCount));
        var result = await ImportRequests.ImportAsync(admin, ImportKind.Enterprises, again);

        Assert.Equal((0, 1, 1), (result.CreatedCount, result.UpdatedCount, result.UnchangedCount));
        var listed = await admin.GetFromJsonAsync<PagedResultDto<EnterpriseListItemDto>>($"{EnterpriseRequests.Url}?filter={first}");
        var updated = await admin.GetFromJsonAsync<EnterpriseDto>($"{EnterpriseRequests.Url}/{Assert.Single(listed.Items).Id}");
        Assert.Equal(("新名称", TestData.SubDistrictA, 100m, new DateOnly(2019, 5, 20), true),
            (updated.Name, updated.SubDistrictCode, updated.RegisteredCapital, updated.EstablishedOn, updated.IsAboveScale));
        Assert.Equal(1, (await admin.GetFromJsonAsync<PagedResultDto<EnterpriseListItemDto>>($"{EnterpriseRequests.Url}?filter={second}")).TotalCount);

        // Written through the aggregate: the audit log has the creation, then the update with old and new names.
        var audit = await factory.WithServicesAsync(sp => sp.GetRequiredService<IncubationDbContext>().AuditLogs.AsNoTracking()
            .Where(a => a.EntityType == nameof(Enterprise) && a.EntityId == updated.Id.ToString()).OrderBy(a => a.Time).ToListAsync());
        Assert.Equal([AuditChangeType.Created, AuditChangeType.Updated], audit.Select(a => a.ChangeType));
        var name = JsonDocument.Parse(audit[1].Changes).RootElement.EnumerateArray().Single(c => c.GetProperty("property").GetString() == "Name");
        Assert.Equal(("原名称", "新名称"), (name.GetProperty("oldValue").GetString(), name.GetProperty("newValue").GetString()));
        Assert.All(audit, a => Assert.Equal("admin", a.UserName));
    }

    [Fact]
    public async Task Should_update_an_enterprise_entered_through_the_form()
    {
        using var admin = await _data.AdminClientAsync();
        var created = await admin.ReadAsync<EnterpriseDto>(await admin.PostAsync(EnterpriseRequests.Url, EnterpriseRequests.Create(name: "表单录入的企业")));

        var result = await ImportRequests.ImportAsync(admin, ImportKind.Enterprises, ImportRequests.Xlsx(Header,
            [[created.UnifiedSocialCreditCode, "表单录入的企业（更名）", null, null, null, null, null]]));

        Assert.Equal((0, 1), (result.CreatedCount, result.UpdatedCount));
        var reloaded = await admin.GetFromJsonAsync<EnterpriseDto>($"{EnterpriseRequests.Url}/{created.Id}");
        Assert.Equal(("表单录入的企业（更名）", created.Contacts.Count, created.Tags.Count), (reloaded.Name, reloaded.Contacts.Count, reloaded.Tags.Count));
    }

    [Fact]
    public async Task Should_update_a_year_keeping_one_row_per_year_and_its_history()
    {
        using var admin = await _data.AdminClientAsync();
        var enterprise = await _data.EnterpriseAsync();
        var year = Today.Year - 1;
        string[] header = ["*统一社会信用代码", "*年度", "销售收入（元）", "研发费用（元）"];
        await ImportRequests.ImportAsync(admin, ImportKind.YearlyData, ImportRequests.Xlsx(header, [[enterprise.UnifiedSocialCreditCode, year, 1000, 50]]));

        var same = await ImportRequests.PreviewOkAsync(admin, ImportKind.YearlyData, ImportRequests.Xlsx(header, [[enterprise.UnifiedSocialCreditCode, year, 1000, null]]));
        Assert.Equal((0, 0, 1), (same.NewCount, same.UpdatedCount, same.UnchangedCount));
        var result = await ImportRequests.ImportAsync(admin, ImportKind.YearlyData, ImportRequests.Xlsx(header, [[enterprise.UnifiedSocialCreditCode, year, 2000, null]]));

        Assert.Equal((0, 1), (result.CreatedCount, result.UpdatedCount));
        var years = await admin.GetFromJsonAsync<List<YearlyDataDto>>(YearlyDataRequests.Url(enterprise.Id));
        var data = Assert.Single(years);
        Assert.Equal((2000m, 50m, YearlyDataStatus.Verified), (data.SalesRevenue, data.RdExpense, data.Status));
        var history = await admin.GetFromJsonAsync<List<YearlyDataRevisionDto>>(YearlyDataRequests.Url(enterprise.Id, year, "revisions"));
        Assert.Equal([YearlyDataStatus.Submitted, YearlyDataStatus.Verified, YearlyDataStatus.Draft, YearlyDataStatus.Submitted, YearlyDataStatus.Verified],
            history.Select(r => r.Status));
        Assert.Equal(1000m, history[1].Figures.SalesRevenue);
    }

    [Fact]
    public async Task Should_check_again_at_commit_and_leave_a_year_submitted_since_the_preview_alone()
    {
        using var admin = await _data.AdminClientAsync();
        var enterprise = await _data.EnterpriseAsync();
        var year = Today.Year - 1;
        var file = ImportRequests.Xlsx(["*统一社会信用代码", "*年度", "销售收入（元）"], [[enterprise.UnifiedSocialCreditCode, year, 1000]]);
        var preview = await ImportRequests.PreviewOkAsync(admin, ImportKind.YearlyData, file);
        Assert.True(preview.CanCommit);

        // Meanwhile the year is entered and submitted for review.
        var draft = await admin.ReadAsync<YearlyDataDto>(await admin.PutAsync(YearlyDataRequests.Url(enterprise.Id, year), YearlyDataRequests.Figures()));
        await admin.ReadAsync<YearlyDataDto>(await admin.PostAsync(YearlyDataRequests.Url(enterprise.Id, year, "submit"), YearlyDataRequests.Step(draft.ConcurrencyStamp)));

        using var commit = await ImportRequests.CommitAsync(admin, ImportKind.YearlyData, file, preview.Fingerprint);

        Assert.Equal(HttpStatusCode.BadRequest, commit.StatusCode);
        Assert.Contains("rows[2].fiscalYear", await commit.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var stored = await admin.GetFromJsonAsync<YearlyDataDto>(YearlyDataRequests.Url(enterprise.Id, year));
        Assert.Equal((YearlyDataStatus.Submitted, 12_000_000m), (stored.Status, stored.SalesRevenue));
    }

    [Fact]
    public async Task Should_correct_a_recorded_certificate_instead_of_adding_a_second()
    {
        using var admin = await _data.AdminClientAsync();
        var enterprise = await _data.EnterpriseAsync();
        var header = ImportValidationTests.QualificationHeader;
        var issued = Today.AddDays(-100).ToString("yyyy-MM-dd");
        await ImportRequests.ImportAsync(admin, ImportKind.Qualifications, ImportRequests.Xlsx(header, [[enterprise.UnifiedSocialCreditCode, "高新技术企业", "GR-1", issued, null]]));

        var result = await ImportRequests.ImportAsync(admin, ImportKind.Qualifications,
            ImportRequests.Xlsx(header, [[enterprise.UnifiedSocialCreditCode, "高新技术企业", "GR-1", issued, "2030-12-31"]]));

        Assert.Equal((0, 1), (result.CreatedCount, result.UpdatedCount));
        var held = Assert.Single(await admin.GetFromJsonAsync<List<QualificationDto>>($"{EnterpriseRequests.Url}/{enterprise.Id}/qualifications"));
        Assert.Equal(new DateOnly(2030, 12, 31), held.ExpiresOn);
    }
}
