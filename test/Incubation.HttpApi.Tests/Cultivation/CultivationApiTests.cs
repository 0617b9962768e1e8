using System.Net;
using Incubation.Data;
using Incubation.Dtos;
using Incubation.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MiniExcelLibs;

namespace Incubation.Cultivation;

public class CultivationApiTests(IncubationWebApplicationFactory factory) : IClassFixture<IncubationWebApplicationFactory>
{
    private const string Api = "/api/app/cultivation";
    private readonly TestData _data = new(factory);

    [Fact]
    public async Task Should_run_an_enterprise_from_proposal_to_key_cultivation_with_a_timeline()
    {
        var incubator = await _data.IncubatorAsync();
        var enterprise = await _data.EnterpriseAsync(incubatorId: incubator.Id);
        using var manager = await _data.ClientForAsync(IncubationRoles.IncubatorManager, incubatorId: incubator.Id);
        using var admin = await _data.AdminClientAsync();

        var proposed = await manager.ReadAsync<MembershipDto>(await manager.PostAsync($"{Api}/proposals",
            new { enterpriseId = enterprise.Id, reason = "R&D 6 % of sales", evidence = "2025 audit" }));
        Assert.Equal(MembershipStatus.Proposed, proposed.Status);

        var queue = await admin.GetFromJsonAsync<PagedResultDto<ProposalDto>>($"{Api}/proposals?maxResultCount=100");
        var proposal = Assert.Single(queue.Items, p => p.EnterpriseId == enterprise.Id);
        Assert.Equal("R&D 6 % of sales", proposal.Reason);

        var admitted = await admin.ReadAsync<MembershipDto>(await admin.PostAsync($"{Api}/memberships/{proposed.Id}/admit",
            new { concurrencyStamp = proposal.ConcurrencyStamp, note = "ok" }));
        Assert.Equal(CultivationStage.Reserve, admitted.Stage);
        var moved = await admin.ReadAsync<MembershipDto>(await admin.PostAsync($"{Api}/memberships/{proposed.Id}/move",
            new { concurrencyStamp = admitted.ConcurrencyStamp, stage = "Key", note = "R&D doubled" }));
        Assert.Equal(CultivationStage.Key, moved.Stage);

        var roster = await manager.GetFromJsonAsync<PagedResultDto<PoolMemberDto>>($"{Api}/pool?stage=Key&maxResultCount=100");
        Assert.Equal(CultivationStage.Key, Assert.Single(roster.Items, r => r.EnterpriseId == enterprise.Id).Stage);

        var timeline = await manager.GetFromJsonAsync<List<MembershipDto>>($"/api/app/enterprises/{enterprise.Id}/memberships");
        Assert.Equal(
            [MembershipEventKind.Proposed, MembershipEventKind.Admitted, MembershipEventKind.StageChanged],
            Assert.Single(timeline).Events.Select(e => e.Kind));
        Assert.Equal("R&D doubled", timeline[0].Events[2].Note);
    }

    [Fact]
    public async Task Should_refuse_a_second_open_proposal_but_accept_one_after_a_rejection()
    {
        var enterprise = await _data.EnterpriseAsync();
        using var admin = await _data.AdminClientAsync();
        var first = await admin.ReadAsync<MembershipDto>(await admin.PostAsync($"{Api}/proposals", new { enterpriseId = enterprise.Id, reason = "first" }));

        using var again = await admin.PostAsync($"{Api}/proposals", new { enterpriseId = enterprise.Id, reason = "again" });
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Contains("Incubation:AlreadyInPool", await again.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        await admin.ReadAsync<MembershipDto>(await admin.PostAsync($"{Api}/memberships/{first.Id}/reject",
            new { concurrencyStamp = first.ConcurrencyStamp, reason = "no R&D data" }));
        using var afterRejection = await admin.PostAsync($"{Api}/proposals", new { enterpriseId = enterprise.Id, reason = "now with data" });
        Assert.Equal(HttpStatusCode.OK, afterRejection.StatusCode);
    }

    [Fact]
    public async Task Should_answer_422_to_a_transition_the_rules_forbid_and_409_to_a_stale_one()
    {
        var enterprise = await _data.EnterpriseAsync();
        using var admin = await _data.AdminClientAsync();
        var proposed = await admin.ReadAsync<MembershipDto>(await admin.PostAsync($"{Api}/proposals", new { enterpriseId = enterprise.Id, reason = "r" }));

        using var exitBeforeAdmission = await admin.PostAsync($"{Api}/memberships/{proposed.Id}/exit",
            new { concurrencyStamp = proposed.ConcurrencyStamp, reason = "Withdrawn" });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, exitBeforeAdmission.StatusCode);

        await admin.ReadAsync<MembershipDto>(await admin.PostAsync($"{Api}/memberships/{proposed.Id}/admit", new { concurrencyStamp = proposed.ConcurrencyStamp }));
        using var stale = await admin.PostAsync($"{Api}/memberships/{proposed.Id}/move",
            new { concurrencyStamp = proposed.ConcurrencyStamp, stage = "Key" });
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
    }

    [Fact]
    public async Task Should_keep_officers_to_their_scope_and_reviews_to_the_bureau()
    {
        var incubator = await _data.IncubatorAsync();
        var outside = await _data.EnterpriseAsync();
        using var manager = await _data.ClientForAsync(IncubationRoles.IncubatorManager, incubatorId: incubator.Id);
        using var admin = await _data.AdminClientAsync();

        using var proposeOutside = await manager.PostAsync($"{Api}/proposals", new { enterpriseId = outside.Id, reason = "r" });
        Assert.Equal(HttpStatusCode.NotFound, proposeOutside.StatusCode);

        var member = await admin.ReadAsync<MembershipDto>(await admin.PostAsync($"{Api}/proposals", new { enterpriseId = outside.Id, reason = "r" }));
        await admin.ReadAsync<MembershipDto>(await admin.PostAsync($"{Api}/memberships/{member.Id}/admit", new { concurrencyStamp = member.ConcurrencyStamp }));

        var roster = await manager.GetFromJsonAsync<PagedResultDto<PoolMemberDto>>($"{Api}/pool?maxResultCount=100");
        Assert.DoesNotContain(roster.Items, r => r.EnterpriseId == outside.Id);
        using var timeline = await manager.GetAsync($"/api/app/enterprises/{outside.Id}/memberships");
        Assert.Equal(HttpStatusCode.NotFound, timeline.StatusCode);
        using var queue = await manager.GetAsync($"{Api}/proposals");
        Assert.Equal(HttpStatusCode.Forbidden, queue.StatusCode);
        using var move = await manager.PostAsync($"{Api}/memberships/{member.Id}/move", new { concurrencyStamp = "x", stage = "Key" });
        Assert.Equal(HttpStatusCode.Forbidden, move.StatusCode);
        using var unitOfficer = await _data.ClientForAsync(IncubationRoles.UnitOfficer);
        using var summary = await unitOfficer.GetAsync($"{Api}/pool/summary");
        Assert.Equal(HttpStatusCode.Forbidden, summary.StatusCode);
    }

    [Fact]
    public async Task Should_let_an_enterprise_user_apply_to_the_pool_for_their_own_enterprise_with_a_reason()
    {
        var enterprise = await _data.EnterpriseAsync();
        using var owner = await _data.ClientForAsync(IncubationRoles.EnterpriseUser, enterpriseId: enterprise.Id);

        using var noReason = await owner.PostAsync($"{Api}/proposals", new { enterpriseId = enterprise.Id, reason = " " });
        Assert.Equal(HttpStatusCode.BadRequest, noReason.StatusCode);
        Assert.Contains("\"reason\"", await noReason.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(0, await MembershipCountAsync(enterprise.Id));

        var proposed = await owner.ReadAsync<MembershipDto>(await owner.PostAsync($"{Api}/proposals",
            new { enterpriseId = enterprise.Id, reason = "研发投入占比 6%", evidence = "2025 年审计报告" }));
        Assert.Equal((MembershipStatus.Proposed, enterprise.Id), (proposed.Status, proposed.EnterpriseId));
        using var admin = await _data.AdminClientAsync();
        var queue = await admin.GetFromJsonAsync<PagedResultDto<ProposalDto>>($"{Api}/proposals?maxResultCount=100");
        Assert.Equal("研发投入占比 6%", Assert.Single(queue.Items, p => p.EnterpriseId == enterprise.Id).Reason);
    }

    [Fact]
    public async Task Should_answer_404_and_create_nothing_when_an_enterprise_user_proposes_another_enterprise()
    {
        var own = await _data.EnterpriseAsync();
        var other = await _data.EnterpriseAsync();
        var inPool = await _data.EnterpriseAsync();
        using var owner = await _data.ClientForAsync(IncubationRoles.EnterpriseUser, enterpriseId: own.Id);
        using var admin = await _data.AdminClientAsync();
        await admin.ReadAsync<MembershipDto>(await admin.PostAsync($"{Api}/proposals", new { enterpriseId = inPool.Id, reason = "r" }));

        using var proposeOther = await owner.PostAsync($"{Api}/proposals", new { enterpriseId = other.Id, reason = "r" });
        // Already in the pool: still 404, not 409, so the answer says nothing about an enterprise out of reach.
        using var proposeInPool = await owner.PostAsync($"{Api}/proposals", new { enterpriseId = inPool.Id, reason = "r" });

        Assert.Equal((HttpStatusCode.NotFound, HttpStatusCode.NotFound), (proposeOther.StatusCode, proposeInPool.StatusCode));
        Assert.Equal((0, 1), (await MembershipCountAsync(other.Id), await MembershipCountAsync(inPool.Id)));
    }

    [Fact]
    public async Task Should_export_the_filtered_roster_to_excel_with_chinese_headers()
    {
        var prefix = "导出" + Guid.NewGuid().ToString("N")[..6];
        var enterprise = await _data.EnterpriseAsync(name: prefix + "科技有限公司");
        using var admin = await _data.AdminClientAsync();
        var member = await admin.ReadAsync<MembershipDto>(await admin.PostAsync($"{Api}/proposals", new { enterpriseId = enterprise.Id, reason = "r" }));
        await admin.ReadAsync<MembershipDto>(await admin.PostAsync($"{Api}/memberships/{member.Id}/admit", new { concurrencyStamp = member.ConcurrencyStamp }));

        using var response = await admin.GetAsync($"{Api}/pool/export?filter={Uri.EscapeDataString(prefix)}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(PoolRosterWorkbook.ContentType, response.Content.Headers.ContentType?.MediaType);
        await using var stream = new MemoryStream(await response.Content.ReadAsByteArrayAsync());
        var rows = stream.Query(useHeaderRow: true).Cast<IDictionary<string, object>>().ToList();
        var row = Assert.Single(rows);
        Assert.Equal(prefix + "科技有限公司", row["企业名称"]);
        Assert.Equal("储备", row["培育阶段"]);
    }

    [Fact]
    public async Task Should_refuse_bad_filters_and_inputs_with_field_errors()
    {
        using var admin = await _data.AdminClientAsync();
        using var badStage = await admin.GetAsync($"{Api}/pool?stage=Platinum");
        Assert.Equal(HttpStatusCode.BadRequest, badStage.StatusCode);
        using var badSort = await admin.GetAsync($"{Api}/pool?sorting=drop");
        Assert.Equal(HttpStatusCode.BadRequest, badSort.StatusCode);
        using var noReason = await admin.PostAsync($"{Api}/proposals", new { enterpriseId = Guid.NewGuid(), reason = "" });
        Assert.Equal(HttpStatusCode.BadRequest, noReason.StatusCode);
        Assert.Contains("\"reason\"", await noReason.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private Task<int> MembershipCountAsync(Guid enterpriseId) =>
        factory.WithServicesAsync(sp => sp.GetRequiredService<IRepository<PoolMembership>>().Query().CountAsync(m => m.EnterpriseId == enterpriseId));
}
