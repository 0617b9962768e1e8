using System.Net;
using System.Net.Http.Headers;
using MiniExcelLibs;

namespace Incubation.Certification;

public class OfficialListImportApiTests(IncubationWebApplicationFactory factory) : IClassFixture<IncubationWebApplicationFactory>
{
    private const string Url = "/api/app/certification-applications";
    private readonly TestData _data = new(factory);

    private static int ThisYear => ChinaTime.Today(TimeProvider.System).Year;

    [Fact]
    public async Task Should_approve_the_listed_applications_record_their_certificates_and_report_the_rest()
    {
        var submitted = await _data.EnterpriseAsync();
        var candidate = await _data.EnterpriseAsync();
        var withoutApplication = await _data.EnterpriseAsync();
        using var admin = await _data.AdminClientAsync();
        var first = await StartAsync(admin, submitted.Id);
        foreach (var stage in new[] { "Preparing", "Submitted" })
        {
            first = await admin.ReadAsync<CertificationApplicationDto>(await admin.PostAsync($"{Url}/{first.Id}/move", new { stage, concurrencyStamp = first.ConcurrencyStamp }));
        }

        await StartAsync(admin, candidate.Id);
        var list = Workbook(
            (submitted.UnifiedSocialCreditCode, submitted.Name, "GR202652000101"),
            (candidate.UnifiedSocialCreditCode.ToLowerInvariant(), candidate.Name, "GR202652000102"),
            (withoutApplication.UnifiedSocialCreditCode, withoutApplication.Name, "GR202652000103"),
            ("91520103MA00000000", "不存在的公司", "GR202652000104"),
            (submitted.UnifiedSocialCreditCode, submitted.Name, null));

        var result = await admin.ReadAsync<OfficialListImportResultDto>(await PostListAsync(admin, list, "Approved", $"{ThisYear}-01-05"));

        // Rows 2 and 3 approve; row 6 repeats row 2 (already approved); rows 4 and 5 match no application.
        Assert.Equal((5, 2, 1), (result.Rows, result.Moved, result.AlreadyThere));
        Assert.Equal([4, 5], result.Unmatched.Select(u => u.RowNumber));
        Assert.Contains("没有这一类别的申请", result.Unmatched[0].Reason, StringComparison.Ordinal);
        var approved = await admin.ReadAsync<List<CertificationApplicationDto>>(await admin.GetAsync($"/api/app/enterprises/{submitted.Id}/certification-applications"));
        Assert.Equal(ApplicationStage.Approved, approved[0].Stage);
        // Submitted → UnderReview (from the list) → Approved: the stages the list implies are recorded too.
        Assert.Equal([ApplicationStage.Candidate, ApplicationStage.Preparing, ApplicationStage.Submitted, ApplicationStage.UnderReview, ApplicationStage.Approved],
            approved[0].Events.Select(e => e.ToStage));
        var held = await admin.ReadAsync<List<QualificationDto>>(await admin.GetAsync($"/api/app/enterprises/{candidate.Id}/qualifications"));
        Assert.Equal(("GR202652000102", QualificationSources.OfficialList), (held.Single().CertificateNumber, held.Single().Source));
        Assert.Equal(new DateOnly(ThisYear + 3, 1, 4), held.Single().ExpiresOn);
    }

    [Fact]
    public async Task Should_refuse_a_file_that_is_not_a_list_and_an_approval_without_issue_date()
    {
        using var admin = await _data.AdminClientAsync();
        using var garbage = await PostListAsync(admin, "not a workbook"u8.ToArray(), "Approved", $"{ThisYear}-01-05");
        using var noDate = await PostListAsync(admin, Workbook(("x", "y", "z")), "Approved", null);
        using var manager = await _data.ClientForAsync(Identity.IncubationRoles.IncubatorManager);
        using var forbidden = await PostListAsync(manager, Workbook(("x", "y", "z")), "Publicized", null);

        Assert.Equal(HttpStatusCode.BadRequest, garbage.StatusCode);
        Assert.Contains("\"file\"", await garbage.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, noDate.StatusCode);
        Assert.Contains("issuedOn", await noDate.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);
    }

    private static async Task<CertificationApplicationDto> StartAsync(ApiClient admin, Guid enterpriseId) =>
        await admin.ReadAsync<CertificationApplicationDto>(await admin.PostAsync(Url, new { enterpriseId, kind = "HighTech", year = ThisYear }));

    private static byte[] Workbook(params (string Code, string Name, string? Certificate)[] rows)
    {
        using var stream = new MemoryStream();
        stream.SaveAs(rows.Select(r => new Dictionary<string, object?> { ["统一社会信用代码"] = r.Code, ["企业名称"] = r.Name, ["证书编号"] = r.Certificate }));
        return stream.ToArray();
    }

    private static Task<HttpResponseMessage> PostListAsync(ApiClient client, byte[] file, string stage, string? issuedOn)
    {
        var form = new MultipartFormDataContent();
        var content = new ByteArrayContent(file);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        form.Add(content, "file", "list.xlsx");
        form.Add(new StringContent("HighTech"), "kind");
        form.Add(new StringContent(ThisYear.ToString(System.Globalization.CultureInfo.InvariantCulture)), "year");
        form.Add(new StringContent(stage), "stage");
        if (issuedOn is not null)
        {
            form.Add(new StringContent(issuedOn), "issuedOn");
        }

        return client.Http.PostAsync(Url + "/official-list", form);
    }
}
