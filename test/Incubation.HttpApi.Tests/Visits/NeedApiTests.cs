using System.Net;
using Incubation.Dtos;
using Incubation.Identity;
using MiniExcelLibs;

namespace Incubation.Visits;

public class NeedApiTests(IncubationWebApplicationFactory factory) : IClassFixture<IncubationWebApplicationFactory>
{
    private const string Api = "/api/app/needs";
    private readonly TestData _data = new(factory);

    [Fact]
    public async Task Should_let_a_unit_officer_see_and_act_on_their_units_needs_only()
    {
        var (unitA, unitB) = await VisitApiTests.UnitsAsync(factory);
        var (mine, theirs) = await RaiseTwoAsync(unitA, unitB);
        using var officerA = await _data.ClientForAsync(await _data.UserAsync(IncubationRoles.UnitOfficer, unitId: unitA));

        var list = await officerA.GetFromJsonAsync<PagedResultDto<NeedListItemDto>>($"{Api}?maxResultCount=100");
        Assert.Contains(list.Items, n => n.Id == mine.Id);
        Assert.DoesNotContain(list.Items, n => n.Id == theirs.Id);
        Assert.All(list.Items, n => Assert.Equal(unitA, n.ResponsibleUnitId));

        using var read = await officerA.GetAsync($"{Api}/{theirs.Id}");
        Assert.Equal(HttpStatusCode.NotFound, read.StatusCode);
        using var act = await officerA.PostAsync($"{Api}/{theirs.Id}/actions", new { action = "Accept", concurrencyStamp = theirs.ConcurrencyStamp });
        Assert.Equal(HttpStatusCode.NotFound, act.StatusCode);

        var detail = await officerA.GetFromJsonAsync<NeedDto>($"{Api}/{mine.Id}");
        Assert.Equal([NeedAction.Accept, NeedAction.Transfer, NeedAction.RequestUnresolvable], detail.AllowedActions);
        var board = await officerA.GetFromJsonAsync<List<NeedBoardColumnDto>>($"{Api}/board");
        Assert.Contains(board.Single(c => c.Status == NeedStatus.Open).Items, n => n.Id == mine.Id);
        Assert.DoesNotContain(board.SelectMany(c => c.Items), n => n.Id == theirs.Id);
    }

    [Fact]
    public async Task Should_follow_a_need_to_closure_and_send_an_unsatisfied_one_back()
    {
        var (unitA, unitB) = await VisitApiTests.UnitsAsync(factory);
        var (need, _) = await RaiseTwoAsync(unitA, unitB);
        using var unit = await _data.ClientForAsync(await _data.UserAsync(IncubationRoles.UnitOfficer, unitId: unitA));
        using var officer = await _data.ClientForAsync(IncubationRoles.StreetOfficer, subDistrictCode: TestData.SubDistrictA);

        need = await ActAsync(unit, need, new { action = "Accept" });
        need = await ActAsync(unit, need, new { action = "Resolve", text = "已对接两家银行" });
        Assert.Equal(NeedStatus.Resolved, need.Status);

        // The unit cannot confirm its own answer; the officer can.
        using var selfConfirm = await unit.PostAsync($"{Api}/{need.Id}/actions", new { action = "Confirm", rating = 5, concurrencyStamp = need.ConcurrencyStamp });
        Assert.Equal(HttpStatusCode.Forbidden, selfConfirm.StatusCode);

        need = await ActAsync(officer, need, new { action = "Confirm", rating = 2, text = "利率太高" });
        Assert.Equal((NeedStatus.Reopened, 1), (need.Status, need.RedoCount));
        var returned = await _data.AdminClientAsync();
        var bureauView = await returned.GetFromJsonAsync<PagedResultDto<NeedListItemDto>>($"{Api}?returnedOnly=true&maxResultCount=100");
        Assert.Contains(bureauView.Items, n => n.Id == need.Id);

        need = await ActAsync(unit, need, new { action = "Resolve", text = "已争取贴息" });
        need = await ActAsync(officer, need, new { action = "Confirm", rating = 4 });
        Assert.Equal(NeedStatus.Closed, need.Status);
        Assert.Equal(
            [NeedEventKind.Raised, NeedEventKind.Accepted, NeedEventKind.Resolved, NeedEventKind.ReturnedUnsatisfied, NeedEventKind.Resolved, NeedEventKind.Closed],
            need.Events.Select(e => e.Kind));
        Assert.Empty(need.AllowedActions);
    }

    [Fact]
    public async Task Should_answer_409_to_a_stale_step_and_422_to_a_step_the_loop_forbids()
    {
        var (unitA, unitB) = await VisitApiTests.UnitsAsync(factory);
        var (need, _) = await RaiseTwoAsync(unitA, unitB);
        using var admin = await _data.AdminClientAsync();

        var accepted = await ActAsync(admin, need, new { action = "Accept" });
        using var stale = await admin.PostAsync($"{Api}/{need.Id}/actions", new { action = "Start", concurrencyStamp = need.ConcurrencyStamp });
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);

        using var forbidden = await admin.PostAsync($"{Api}/{need.Id}/actions", new { action = "Confirm", rating = 5, concurrencyStamp = accepted.ConcurrencyStamp });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, forbidden.StatusCode);

        using var noAnswer = await admin.PostAsync($"{Api}/{need.Id}/actions", new { action = "Resolve", concurrencyStamp = accepted.ConcurrencyStamp });
        Assert.Equal(HttpStatusCode.BadRequest, noAnswer.StatusCode);
        Assert.Contains("答复", await noAnswer.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_notify_the_units_officers_of_a_new_need_in_their_notification_centre()
    {
        var (unitA, unitB) = await VisitApiTests.UnitsAsync(factory);
        using var officer = await _data.ClientForAsync(await _data.UserAsync(IncubationRoles.UnitOfficer, unitId: unitB));
        var before = (await officer.GetFromJsonAsync<UnreadCountDto>("/api/app/notifications/unread-count")).Count;

        var (_, theirs) = await RaiseTwoAsync(unitA, unitB);

        Assert.Equal(before + 1, (await officer.GetFromJsonAsync<UnreadCountDto>("/api/app/notifications/unread-count")).Count);
        var list = await officer.GetFromJsonAsync<PagedResultDto<NotificationDto>>("/api/app/notifications?unreadOnly=true");
        var notice = Assert.Single(list.Items, n => n.NeedId == theirs.Id);
        Assert.Equal(NotificationKind.NeedAssigned, notice.Kind);
        Assert.Contains("贵单位", notice.Text, StringComparison.Ordinal);

        using var read = await officer.PostAsync($"/api/app/notifications/{notice.Id}/read", new { });
        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        Assert.Equal(before, (await officer.GetFromJsonAsync<UnreadCountDto>("/api/app/notifications/unread-count")).Count);

        using var other = await _data.ClientForAsync(IncubationRoles.UnitOfficer);
        using var readOthers = await other.PostAsync($"/api/app/notifications/{notice.Id}/read", new { });
        Assert.Equal(HttpStatusCode.NotFound, readOthers.StatusCode);
    }

    [Fact]
    public async Task Should_export_the_needs_ledger_in_the_users_language_and_refuse_it_anonymously()
    {
        var (unitA, unitB) = await VisitApiTests.UnitsAsync(factory);
        var (need, _) = await RaiseTwoAsync(unitA, unitB);
        using var admin = await _data.AdminClientAsync();
        using var response = await admin.GetAsync($"{Api}/export?enterpriseId={need.EnterpriseId}&sorting=dueDate");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await using var stream = await response.Content.ReadAsStreamAsync();
        var rows = (await stream.QueryAsync(useHeaderRow: true)).Cast<IDictionary<string, object?>>().ToList();
        Assert.Equal(2, rows.Count);
        Assert.Contains(rows, r => (string?)r["诉求类别"] == "资金与融资" && (string?)r["办理状态"] == "待受理");

        using var anonymous = factory.CreateApiClient();
        using var refused = await anonymous.GetAsync($"{Api}/export");
        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
    }

    private async Task<(NeedDto Mine, NeedDto Theirs)> RaiseTwoAsync(Guid unitA, Guid unitB)
    {
        var enterprise = await _data.EnterpriseAsync(subDistrictCode: TestData.SubDistrictA);
        using var admin = await _data.AdminClientAsync();
        var visit = await admin.ReadAsync<VisitDto>(await admin.PostAsync("/api/app/visits", VisitApiTests.NewVisit(enterprise.Id, unitA, unitB)));
        var mine = await admin.GetFromJsonAsync<NeedDto>($"{Api}/{visit.Needs.Single(n => n.ResponsibleUnitId == unitA).Id}");
        var theirs = await admin.GetFromJsonAsync<NeedDto>($"{Api}/{visit.Needs.Single(n => n.ResponsibleUnitId == unitB).Id}");
        return (mine, theirs);
    }

    internal static async Task<NeedDto> ActAsync(ApiClient client, NeedDto need, object step)
    {
        var body = System.Text.Json.JsonSerializer.SerializeToNode(step, ApiClient.Json)!.AsObject();
        body["concurrencyStamp"] = need.ConcurrencyStamp;
        return await client.ReadAsync<NeedDto>(await client.PostAsync($"{Api}/{need.Id}/actions", body));
    }
}
