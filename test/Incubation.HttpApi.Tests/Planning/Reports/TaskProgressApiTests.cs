using System.Net;
using Incubation.Identity;
using Incubation.Planning.KeyTasks;

namespace Incubation.Planning.Reports;

/// <summary>Units write their half-yearly progress on their own key tasks; the bureau reads and writes for any unit.</summary>
public class TaskProgressApiTests(IncubationWebApplicationFactory factory) : IClassFixture<IncubationWebApplicationFactory>
{
    private const string Api = ReportTestData.KeyTasksApi + "/progress";
    private readonly ReportTestData _world = new(factory);

    [Fact]
    public async Task Should_give_a_unit_its_own_tasks_and_notes_only_and_the_bureau_every_units()
    {
        var (unitA, unitB) = (await _world.UnitAsync(), await _world.UnitAsync());
        using var admin = await _world.Data.AdminClientAsync();
        var task = await ReportTestData.AssignAsync(admin, 6, unitA.Id, unitB.Id);
        using var officerA = await _world.UnitOfficerAsync(unitA.Id);
        using var officerB = await _world.UnitOfficerAsync(unitB.Id);

        var sheetA = await officerA.GetFromJsonAsync<List<TaskProgressDto>>($"{Api}?year=2025&half=1");
        var row = Assert.Single(sheetA);
        Assert.Equal((task.Id, unitA.Id, true, (string?)null), (row.KeyTaskId, row.ResponsibleUnitId, row.IsLead, row.Text));

        var written = await Write(officerA, task.Id, unitA.Id, "已建成互联网医院平台一期", null);
        Assert.Equal("已建成互联网医院平台一期", written.Text);
        Assert.NotNull(written.ConcurrencyStamp);
        Assert.Equivalent(written, Assert.Single(await officerA.GetFromJsonAsync<List<TaskProgressDto>>($"{Api}?year=2025&half=1")), strict: true);

        // Unit B sees its own row of the same task, without A's note; asking for A's sheet gives nothing.
        var sheetB = Assert.Single(await officerB.GetFromJsonAsync<List<TaskProgressDto>>($"{Api}?year=2025&half=1"));
        Assert.Equal((unitB.Id, false, (string?)null), (sheetB.ResponsibleUnitId, sheetB.IsLead, sheetB.Text));
        Assert.Empty(await officerB.GetFromJsonAsync<List<TaskProgressDto>>($"{Api}?year=2025&half=1&responsibleUnitId={unitA.Id}"));

        // The bureau filters by unit, and may write a unit's note for it (from a paper report).
        var bureauA = Assert.Single(await admin.GetFromJsonAsync<List<TaskProgressDto>>($"{Api}?year=2025&half=1&responsibleUnitId={unitA.Id}"));
        Assert.Equal("已建成互联网医院平台一期", bureauA.Text);
        var forB = await Write(admin, task.Id, unitB.Id, "配合完成数据对接", null);
        Assert.Equal(unitB.Id, forB.ResponsibleUnitId);
        var all = await admin.GetFromJsonAsync<List<TaskProgressDto>>($"{Api}?year=2025&half=1");
        Assert.Contains(all, r => r.ResponsibleUnitId == unitA.Id && r.Text == "已建成互联网医院平台一期");
        Assert.Contains(all, r => r.ResponsibleUnitId == unitB.Id && r.Text == "配合完成数据对接");
        Assert.Contains(all, r => r.Number == 3 && r.ResponsibleUnitName == "区科学技术局"); // the seeded units' rows too

        // Another half-year is another sheet.
        Assert.Null(Assert.Single(await officerA.GetFromJsonAsync<List<TaskProgressDto>>($"{Api}?year=2024&half=2")).Text);
    }

    [Fact]
    public async Task Should_refuse_a_note_for_another_unit_or_for_a_task_the_unit_does_not_hold()
    {
        var (unitA, unitB) = (await _world.UnitAsync(), await _world.UnitAsync());
        using var admin = await _world.Data.AdminClientAsync();
        var shared = await ReportTestData.AssignAsync(admin, 9, unitA.Id, unitB.Id);
        var notA = await ReportTestData.AssignAsync(admin, 10, unitB.Id);
        using var officerA = await _world.UnitOfficerAsync(unitA.Id);

        using var forB = await officerA.PutAsync(Api, Note(shared.Id, unitB.Id, "替别的单位填报", null));
        Assert.Equal(HttpStatusCode.Forbidden, forB.StatusCode);
        Assert.Contains("只能填报本单位", await forB.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        using var notMine = await officerA.PutAsync(Api, Note(notA.Id, unitA.Id, "不是本单位的任务", null));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, notMine.StatusCode);
        Assert.Contains("不是这项重点任务的责任单位", await notMine.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        using var unknownTask = await officerA.PutAsync(Api, Note(Guid.NewGuid(), unitA.Id, "没有这项任务", null));
        Assert.Equal(HttpStatusCode.NotFound, unknownTask.StatusCode);

        var bureauView = await admin.GetFromJsonAsync<List<TaskProgressDto>>($"{Api}?year=2025&half=1&responsibleUnitId={unitB.Id}");
        Assert.All(bureauView, r => Assert.Null(r.Text)); // nothing was written
    }

    [Fact]
    public async Task Should_answer_409_to_a_stale_or_blind_overwrite_of_a_note()
    {
        var unit = await _world.UnitAsync();
        using var admin = await _world.Data.AdminClientAsync();
        var task = await ReportTestData.AssignAsync(admin, 11, unit.Id);
        using var officer = await _world.UnitOfficerAsync(unit.Id);
        var first = await Write(officer, task.Id, unit.Id, "第一次填报", null);
        var second = await Write(officer, task.Id, unit.Id, "第二次填报", first.ConcurrencyStamp);
        Assert.Equal(first.NoteId, second.NoteId);

        using var stale = await officer.PutAsync(Api, Note(task.Id, unit.Id, "基于旧版本的修改", first.ConcurrencyStamp));
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        using var blind = await officer.PutAsync(Api, Note(task.Id, unit.Id, "没看到已有内容", null));
        Assert.Equal(HttpStatusCode.Conflict, blind.StatusCode);

        Assert.Equal("第二次填报", Assert.Single(await officer.GetFromJsonAsync<List<TaskProgressDto>>($"{Api}?year=2025&half=1")).Text);
    }

    [Fact]
    public async Task Should_refuse_an_empty_note_and_a_half_year_not_begun_with_chinese_field_errors()
    {
        var unit = await _world.UnitAsync();
        using var admin = await _world.Data.AdminClientAsync();
        var task = await ReportTestData.AssignAsync(admin, 5, unit.Id);
        using var officer = await _world.UnitOfficerAsync(unit.Id);

        using var empty = await officer.PutAsync(Api, Note(task.Id, unit.Id, "  ", null));
        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
        var emptyBody = await empty.Content.ReadAsStringAsync();
        Assert.Contains("\"text\"", emptyBody, StringComparison.Ordinal);
        Assert.Contains("进展情况", emptyBody, StringComparison.Ordinal);

        var next = ChinaTime.DateOf(DateTime.UtcNow).Year + 1;
        using var ahead = await officer.PutAsync(Api, new { keyTaskId = task.Id, responsibleUnitId = unit.Id, year = next, half = 1, text = "提前填报" });
        Assert.Equal(HttpStatusCode.BadRequest, ahead.StatusCode);
        Assert.Contains("尚未开始", await ahead.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        using var badHalf = await officer.GetAsync($"{Api}?year=2025&half=3");
        Assert.Equal(HttpStatusCode.BadRequest, badHalf.StatusCode);
        Assert.Contains("\"half\"", await badHalf.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        Assert.Null(Assert.Single(await officer.GetFromJsonAsync<List<TaskProgressDto>>($"{Api}?year=2025&half=1")).Text);
    }

    [Theory]
    [InlineData(IncubationRoles.Leader)]
    [InlineData(IncubationRoles.BureauReviewer)]
    [InlineData(IncubationRoles.IncubatorManager)]
    public async Task Should_refuse_the_progress_sheet_to_roles_that_do_not_report_progress(string role)
    {
        var unit = await _world.UnitAsync();
        using var admin = await _world.Data.AdminClientAsync();
        var task = await ReportTestData.AssignAsync(admin, 4, unit.Id);
        using var client = await _world.Data.ClientForAsync(role);

        using var read = await client.GetAsync($"{Api}?year=2025&half=1");
        Assert.Equal(HttpStatusCode.Forbidden, read.StatusCode);
        using var write = await client.PutAsync(Api, Note(task.Id, unit.Id, "越权填报", null));
        Assert.Equal(HttpStatusCode.Forbidden, write.StatusCode);
    }

    private static object Note(Guid taskId, Guid unitId, string text, string? stamp) =>
        new { keyTaskId = taskId, responsibleUnitId = unitId, year = 2025, half = 1, text, concurrencyStamp = stamp };

    private static async Task<TaskProgressDto> Write(ApiClient client, Guid taskId, Guid unitId, string text, string? stamp) =>
        await client.ReadAsync<TaskProgressDto>(await client.PutAsync(Api, Note(taskId, unitId, text, stamp)));
}
