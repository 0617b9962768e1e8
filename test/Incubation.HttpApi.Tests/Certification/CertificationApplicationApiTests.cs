using System.Net;
using Incubation.Cultivation;
using Incubation.Identity;

namespace Incubation.Certification;

public class CertificationApplicationApiTests(IncubationWebApplicationFactory factory) : IClassFixture<IncubationWebApplicationFactory>
{
    private const string Url = "/api/app/certification-applications";
    private const string Pool = "/api/app/cultivation";
    private readonly TestData _data = new(factory);

    private static int ThisYear => ChinaTime.Today(TimeProvider.System).Year;

    [Fact]
    public async Task Should_take_an_application_through_the_board_to_approval_and_record_the_certificate()
    {
        var enterprise = await _data.EnterpriseAsync();
        using var admin = await _data.AdminClientAsync();
        var application = await admin.ReadAsync<CertificationApplicationDto>(await admin.PostAsync(Url,
            new { enterpriseId = enterprise.Id, kind = "TechSme", year = ThisYear }));
        Assert.Equal([ApplicationStage.Preparing, ApplicationStage.Withdrawn], application.AllowedMoves);

        application = await admin.ReadAsync<CertificationApplicationDto>(await admin.PutAsync($"{Url}/{application.Id}/evidence",
            new { code = "FinancialStatements", state = "Verified", concurrencyStamp = application.ConcurrencyStamp }));
        Assert.Equal(0.25m, application.Completeness);
        foreach (var stage in new[] { "Preparing", "Submitted", "UnderReview" })
        {
            application = await admin.ReadAsync<CertificationApplicationDto>(await admin.PostAsync($"{Url}/{application.Id}/move",
                new { stage, concurrencyStamp = application.ConcurrencyStamp }));
        }

        using (var export = await admin.GetAsync($"{Url}/export?kind=TechSme&year={ThisYear}"))
        {
            Assert.Equal(HttpStatusCode.OK, export.StatusCode);
            using var xlsx = new MemoryStream(await export.Content.ReadAsByteArrayAsync());
            var row = MiniExcelLibs.MiniExcel.Query(xlsx, useHeaderRow: true).Cast<IDictionary<string, object?>>()
                .Single(r => Equals(r["企业"], enterprise.Name));
            Assert.Equal("25%", row["材料完整度"]?.ToString());
            Assert.Contains("企业所得税年度纳税申报表", row["缺少的材料"]?.ToString(), StringComparison.Ordinal);
        }

        var board = await admin.ReadAsync<List<PipelineColumnDto>>(await admin.GetAsync($"{Url}/pipeline?kind=TechSme&year={ThisYear}"));
        var card = Assert.Single(board.Single(c => c.Stage == ApplicationStage.UnderReview).Items, i => i.Id == application.Id);
        Assert.Equal(0.25m, card.Completeness);

        var today = ChinaTime.Today(TimeProvider.System).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var approved = await admin.ReadAsync<CertificationApplicationDto>(await admin.PostAsync($"{Url}/{application.Id}/move",
            new { stage = "Approved", certificateNumber = "TSME-2026-0001", issuedOn = today, concurrencyStamp = application.ConcurrencyStamp }));

        Assert.Equal(ApplicationStage.Approved, approved.Stage);
        Assert.Equal(5, approved.Events.Count);
        var held = await admin.ReadAsync<List<QualificationDto>>(await admin.GetAsync($"/api/app/enterprises/{enterprise.Id}/qualifications"));
        var certificate = Assert.Single(held);
        Assert.Equal((approved.QualificationId, QualificationKind.TechSme, "TSME-2026-0001"), (certificate.Id, certificate.Kind, certificate.CertificateNumber));
    }

    [Fact]
    public async Task Should_refuse_approval_without_a_certificate_a_second_application_and_a_stale_move()
    {
        var enterprise = await _data.EnterpriseAsync();
        using var admin = await _data.AdminClientAsync();
        var application = await admin.ReadAsync<CertificationApplicationDto>(await admin.PostAsync(Url,
            new { enterpriseId = enterprise.Id, kind = "SrdiSme", year = ThisYear }));

        using var again = await admin.PostAsync(Url, new { enterpriseId = enterprise.Id, kind = "SrdiSme", year = ThisYear });
        using var noCertificate = await admin.PostAsync($"{Url}/{application.Id}/move", new { stage = "Approved", concurrencyStamp = application.ConcurrencyStamp });
        using var skipping = await admin.PostAsync($"{Url}/{application.Id}/move", new { stage = "Submitted", concurrencyStamp = application.ConcurrencyStamp });
        using var noReason = await admin.PostAsync($"{Url}/{application.Id}/move", new { stage = "Withdrawn", concurrencyStamp = application.ConcurrencyStamp });
        await admin.ReadAsync<CertificationApplicationDto>(await admin.PostAsync($"{Url}/{application.Id}/move",
            new { stage = "Preparing", concurrencyStamp = application.ConcurrencyStamp }));
        using var stale = await admin.PostAsync($"{Url}/{application.Id}/move", new { stage = "Submitted", concurrencyStamp = application.ConcurrencyStamp });

        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, noCertificate.StatusCode);
        Assert.Contains("certificateNumber", await noCertificate.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, skipping.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, noReason.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
    }

    [Fact]
    public async Task Should_keep_the_pool_ready_to_apply_stage_and_the_high_tech_candidate_in_step()
    {
        var first = await _data.EnterpriseAsync();
        var second = await _data.EnterpriseAsync();
        using var admin = await _data.AdminClientAsync();
        var firstMember = await AdmitAsync(admin, first.Id);
        var secondMember = await AdmitAsync(admin, second.Id);

        // Moving a member to "ready to apply" starts its 高企 candidate application.
        await admin.ReadAsync<MembershipDto>(await admin.PostAsync($"{Pool}/memberships/{firstMember.Id}/move",
            new { concurrencyStamp = firstMember.ConcurrencyStamp, stage = "ReadyToApply" }));
        var applications = await admin.ReadAsync<List<CertificationApplicationDto>>(await admin.GetAsync($"/api/app/enterprises/{first.Id}/certification-applications"));
        Assert.Equal((QualificationKind.HighTech, ApplicationStage.Candidate, ThisYear), (applications[0].Kind, applications[0].Stage, applications[0].Year));

        // Starting a 高企 application moves the member to "ready to apply".
        await admin.ReadAsync<CertificationApplicationDto>(await admin.PostAsync(Url, new { enterpriseId = second.Id, kind = "HighTech", year = ThisYear }));
        var memberships = await admin.ReadAsync<List<MembershipDto>>(await admin.GetAsync($"/api/app/enterprises/{second.Id}/memberships"));
        Assert.Equal(CultivationStage.ReadyToApply, memberships.Single(m => m.Id == secondMember.Id).Stage);
    }

    [Fact]
    public async Task Should_hide_applications_outside_the_scope_and_let_only_managers_of_applications_act()
    {
        var incubator = await _data.IncubatorAsync();
        var mine = await _data.EnterpriseAsync(incubatorId: incubator.Id);
        var outside = await _data.EnterpriseAsync();
        using var admin = await _data.AdminClientAsync();
        var hiddenApplication = await admin.ReadAsync<CertificationApplicationDto>(await admin.PostAsync(Url, new { enterpriseId = outside.Id, kind = "TechSme", year = ThisYear }));
        using var manager = await _data.ClientForAsync(IncubationRoles.IncubatorManager, incubatorId: incubator.Id);
        using var unitOfficer = await _data.ClientForAsync(IncubationRoles.UnitOfficer);

        using var hidden = await manager.GetAsync($"{Url}/{hiddenApplication.Id}");
        using var create = await manager.PostAsync(Url, new { enterpriseId = mine.Id, kind = "TechSme", year = ThisYear });
        using var board = await unitOfficer.GetAsync($"{Url}/pipeline");
        var managerBoard = await manager.ReadAsync<List<PipelineColumnDto>>(await manager.GetAsync($"{Url}/pipeline?kind=TechSme"));

        Assert.Equal(HttpStatusCode.NotFound, hidden.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, create.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, board.StatusCode);
        Assert.DoesNotContain(managerBoard.SelectMany(c => c.Items), i => i.Id == hiddenApplication.Id);
    }

    private static async Task<MembershipDto> AdmitAsync(ApiClient admin, Guid enterpriseId)
    {
        var proposed = await admin.ReadAsync<MembershipDto>(await admin.PostAsync($"{Pool}/proposals", new { enterpriseId, reason = "R&D growing" }));
        return await admin.ReadAsync<MembershipDto>(await admin.PostAsync($"{Pool}/memberships/{proposed.Id}/admit", new { concurrencyStamp = proposed.ConcurrencyStamp }));
    }
}
