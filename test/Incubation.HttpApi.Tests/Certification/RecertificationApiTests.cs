using System.Net;
using Incubation.Dtos;
using Incubation.Identity;

namespace Incubation.Certification;

public class RecertificationApiTests(IncubationWebApplicationFactory factory) : IClassFixture<IncubationWebApplicationFactory>
{
    private const string Url = "/api/app/recertifications";
    private readonly TestData _data = new(factory);

    [Fact]
    public async Task Should_list_the_high_tech_certificates_expiring_in_the_year_in_scope_and_mark_the_renewed()
    {
        var incubator = await _data.IncubatorAsync();
        var expiring = await _data.EnterpriseAsync(incubatorId: incubator.Id);
        var renewed = await _data.EnterpriseAsync(incubatorId: incubator.Id);
        var outside = await _data.EnterpriseAsync();
        using var admin = await _data.AdminClientAsync();
        // Next year's expiries; the renewed enterprise got its new certificate today.
        var today = ChinaTime.Today(TimeProvider.System);
        var year = today.Year + 1;
        await CertificateAsync(admin, expiring.Id, "HighTech", $"{year}-03-01");
        await CertificateAsync(admin, renewed.Id, "HighTech", $"{year}-01-10");
        await CertificateAsync(admin, renewed.Id, "HighTech", $"{year + 3}-01-01", issuedOn: today.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        await CertificateAsync(admin, expiring.Id, "SrdiSme", $"{year}-01-01");
        await CertificateAsync(admin, outside.Id, "HighTech", $"{year}-02-01");
        using var manager = await _data.ClientForAsync(IncubationRoles.IncubatorManager, incubatorId: incubator.Id);

        var page = await manager.ReadAsync<PagedResultDto<RecertificationItemDto>>(await manager.GetAsync($"{Url}?year={year}"));

        Assert.Equal([renewed.Id, expiring.Id], page.Items.Select(i => i.EnterpriseId));
        Assert.Equal([true, false], page.Items.Select(i => i.Renewed));
        Assert.Equal(new DateOnly(year, 1, 10), page.Items[0].ExpiresOn);
        var elsewhere = await manager.ReadAsync<PagedResultDto<RecertificationItemDto>>(await manager.GetAsync($"{Url}?year={year}&subDistrictCode=520103100"));
        Assert.Equal(0, elsewhere.TotalCount);
    }

    [Fact]
    public async Task Should_refuse_a_user_without_the_permission_and_a_year_out_of_range()
    {
        using var unitOfficer = await _data.ClientForAsync(IncubationRoles.UnitOfficer);
        using var forbidden = await unitOfficer.GetAsync(Url);
        Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);

        using var admin = await _data.AdminClientAsync();
        using var bad = await admin.GetAsync($"{Url}?year=1999");
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("\"year\"", await bad.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        using var export = await admin.GetAsync($"{Url}/export?year=2027");
        Assert.Equal(HttpStatusCode.OK, export.StatusCode);
    }

    private static async Task CertificateAsync(ApiClient admin, Guid enterpriseId, string kind, string lastDay, string? issuedOn = null)
    {
        var issued = issuedOn ?? DateOnly.Parse(lastDay, System.Globalization.CultureInfo.InvariantCulture).AddYears(-3).AddDays(1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        await admin.ReadAsync<QualificationDto>(await admin.PostAsync($"/api/app/enterprises/{enterpriseId}/qualifications",
            new { kind, certificateNumber = "GR" + Guid.NewGuid().ToString("N")[..10], issuedOn = issued, expiresOn = lastDay }));
    }
}
