using System.Net;
using Incubation.Identity;

namespace Incubation.Certification;

public class CertificationBatchApiTests(IncubationWebApplicationFactory factory) : IClassFixture<IncubationWebApplicationFactory>
{
    private const string Url = "/api/app/certification-applications/batches";
    private readonly TestData _data = new(factory);

    [Fact]
    public async Task Should_schedule_a_batch_replace_it_with_its_stamp_and_refuse_a_stale_or_disordered_calendar()
    {
        using var admin = await _data.AdminClientAsync();
        var created = await admin.ReadAsync<CertificationBatchDto>(await admin.PutAsync($"{Url}/TechSme/2030",
            new { opensOn = "2030-06-01", closesOn = "2030-08-31", notice = "工企业函〔2030〕1号" }));
        var replaced = await admin.ReadAsync<CertificationBatchDto>(await admin.PutAsync($"{Url}/TechSme/2030",
            new { opensOn = "2030-06-01", closesOn = "2030-09-30", concurrencyStamp = created.ConcurrencyStamp }));
        using var stale = await admin.PutAsync($"{Url}/TechSme/2030", new { closesOn = "2030-09-15", concurrencyStamp = created.ConcurrencyStamp });
        using var disordered = await admin.PutAsync($"{Url}/HighTech/2030", new { opensOn = "2030-06-01", closesOn = "2030-05-01" });
        var list = await admin.ReadAsync<List<CertificationBatchDto>>(await admin.GetAsync($"{Url}?year=2030"));

        Assert.Equal(new DateOnly(2030, 9, 30), replaced.ClosesOn);
        Assert.Null(replaced.Notice);
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, disordered.StatusCode);
        Assert.Contains("closesOn", await disordered.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(QualificationKind.TechSme, Assert.Single(list).Kind);
    }

    [Fact]
    public async Task Should_let_officers_read_the_calendar_but_not_change_it()
    {
        using var manager = await _data.ClientForAsync(IncubationRoles.IncubatorManager);
        using var read = await manager.GetAsync($"{Url}?year=2030");
        using var write = await manager.PutAsync($"{Url}/TechSme/2030", new { opensOn = "2030-06-01" });
        using var unitOfficer = await _data.ClientForAsync(IncubationRoles.UnitOfficer);
        using var refused = await unitOfficer.GetAsync($"{Url}?year=2030");

        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, write.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
    }
}
