using System.Net;
using Incubation.Identity;

namespace Incubation.Certification;

public class QualificationApiTests(IncubationWebApplicationFactory factory) : IClassFixture<IncubationWebApplicationFactory>
{
    private readonly TestData _data = new(factory);

    [Fact]
    public async Task Should_derive_the_ladders_from_the_qualifications_the_bureau_records()
    {
        var enterprise = await _data.EnterpriseAsync();
        using var admin = await _data.AdminClientAsync();
        var url = $"/api/app/enterprises/{enterprise.Id}";

        var none = await admin.GetFromJsonAsync<LadderDto>($"{url}/ladders?asOf=2025-06-01");
        Assert.Equal((ScienceRung.None, MiitRung.None), (none.Science.Rung, none.Miit.Rung));

        var highTech = await admin.ReadAsync<QualificationDto>(await admin.PostAsync($"{url}/qualifications",
            new { kind = "HighTech", certificateNumber = "GR202352000123", issuedOn = "2023-11-20" }));
        Assert.Equal(new DateOnly(2026, 11, 19), highTech.ExpiresOn);
        await admin.ReadAsync<QualificationDto>(await admin.PostAsync($"{url}/qualifications",
            new { kind = "InnovativeSme", certificateNumber = "CX2025-01", issuedOn = "2025-03-01" }));

        var during = await admin.GetFromJsonAsync<LadderDto>($"{url}/ladders?asOf=2026-11-19");
        Assert.Equal((ScienceRung.HighTech, MiitRung.InnovativeSme), (during.Science.Rung, during.Miit.Rung));
        var after = await admin.GetFromJsonAsync<LadderDto>($"{url}/ladders?asOf=2026-11-20");
        Assert.Equal(ScienceRung.None, after.Science.Rung);

        using var deleted = await admin.DeleteAsync($"{url}/qualifications/{highTech.Id}");
        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        Assert.Equal(ScienceRung.None, (await admin.GetFromJsonAsync<LadderDto>($"{url}/ladders?asOf=2026-01-01")).Science.Rung);
    }

    [Fact]
    public async Task Should_keep_the_level_issuing_body_and_documents_of_a_certificate_and_refuse_another_enterprises_file()
    {
        var enterprise = await _data.EnterpriseAsync();
        var other = await _data.EnterpriseAsync();
        using var admin = await _data.AdminClientAsync();
        var scan = await admin.ReadAsync<Files.StoredFileDto>(await admin.Http.PostAsync(Files.FileRequests.Url,
            Files.FileRequests.Upload(Files.FileRequests.Png(), "证书.png", enterprise.Id)));
        var foreign = await admin.ReadAsync<Files.StoredFileDto>(await admin.Http.PostAsync(Files.FileRequests.Url,
            Files.FileRequests.Upload(Files.FileRequests.Png(), "别家.png", other.Id)));
        var url = $"/api/app/enterprises/{enterprise.Id}/qualifications";

        var srdi = await admin.ReadAsync<QualificationDto>(await admin.PostAsync(url, new
        {
            kind = "SrdiSme", certificateNumber = "ZJTX-2025-001", issuedOn = "2025-03-01", issuingBody = "贵州省工业和信息化厅", documentFileIds = new[] { scan.Id },
        }));
        using var refused = await admin.PostAsync(url, new { kind = "HighTech", certificateNumber = "GR1", issuedOn = "2025-03-01", documentFileIds = new[] { foreign.Id } });

        Assert.Equal((CertificateLevel.Provincial, "贵州省工业和信息化厅"), (srdi.Level, srdi.IssuingBody));
        Assert.Equal([scan.Id], srdi.DocumentFileIds);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("documentFileIds", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var listed = await admin.ReadAsync<List<QualificationDto>>(await admin.GetAsync(url));
        Assert.Equal(srdi.Id, Assert.Single(listed).Id);
    }

    [Fact]
    public async Task Should_refuse_an_expiry_before_issue_with_a_field_error()
    {
        var enterprise = await _data.EnterpriseAsync();
        using var admin = await _data.AdminClientAsync();
        using var response = await admin.PostAsync($"/api/app/enterprises/{enterprise.Id}/qualifications",
            new { kind = "HighTech", certificateNumber = "x", issuedOn = "2025-01-02", expiresOn = "2025-01-01" });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("\"expiresOn\"", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_let_officers_read_in_scope_only_and_never_record()
    {
        var incubator = await _data.IncubatorAsync();
        var mine = await _data.EnterpriseAsync(incubatorId: incubator.Id);
        var outside = await _data.EnterpriseAsync();
        using var manager = await _data.ClientForAsync(IncubationRoles.IncubatorManager, incubatorId: incubator.Id);

        using var own = await manager.GetAsync($"/api/app/enterprises/{mine.Id}/ladders");
        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
        using var other = await manager.GetAsync($"/api/app/enterprises/{outside.Id}/qualifications");
        Assert.Equal(HttpStatusCode.NotFound, other.StatusCode);
        using var record = await manager.PostAsync($"/api/app/enterprises/{mine.Id}/qualifications",
            new { kind = "HighTech", certificateNumber = "x", issuedOn = "2025-01-02" });
        Assert.Equal(HttpStatusCode.Forbidden, record.StatusCode);
    }
}
