using System.Net;
using Incubation.Planning.KeyTasks;
using Incubation.Visits;
using Microsoft.Extensions.DependencyInjection;
using static Incubation.Planning.Reports.ReportTestData;

namespace Incubation.Planning.Reports;

/// <summary>An issued report is a snapshot: whatever changes afterwards, it reads exactly as it was issued.</summary>
public class ReportSnapshotTests(IncubationWebApplicationFactory factory) : IClassFixture<IncubationWebApplicationFactory>
{
    private readonly ReportTestData _world = new(factory);

    [Fact]
    public async Task Should_serve_an_issued_report_unchanged_after_needs_letters_notes_and_tasks_change()
    {
        var unit = await _world.UnitAsync("快照单位");
        var needId = await _world.NeedAsync(unit.Id, D(2024, 3, 1), D(2024, 3, 10));
        using var admin = await _world.Data.AdminClientAsync();
        var task = await AssignAsync(admin, 3, unit.Id);
        using var officer = await _world.UnitOfficerAsync(unit.Id);
        var note = await officer.ReadAsync<TaskProgressDto>(await officer.PutAsync(KeyTasksApi + "/progress",
            new { keyTaskId = task.Id, responsibleUnitId = unit.Id, year = 2024, half = 1, text = "第一版进展" }));

        using var issue = await admin.PostAsync($"{ReportApi}/issue", new { year = 2024, half = 1 });
        var issuedJson = await issue.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, issue.StatusCode);
        var issued = await ReadAsync(admin);
        Assert.Equal(issuedJson, issued);
        var mine = Part(System.Text.Json.JsonSerializer.Deserialize<SemiAnnualReportDto>(issued, ApiClient.Json)!, unit.Id);
        Assert.Equal((new ReportNeedFiguresDto(1, 0, 1, 0m), (string?)null, "第一版进展"), (mine.Needs, mine.LetterNumber, mine.Tasks.Single(t => t.Number == 3).Progress));

        // Afterwards: the overdue need is answered and closed, another need of the half-year turns up, the unit gets
        // its letter for the half-year, rewrites its note, and the bureau rewords the task and takes it off the unit.
        var need = await admin.GetFromJsonAsync<NeedDto>($"/api/app/needs/{needId}");
        need = await Visits.NeedApiTests.ActAsync(admin, need, new { action = "Accept" });
        need = await Visits.NeedApiTests.ActAsync(admin, need, new { action = "Resolve", text = "已解决" });
        await Visits.NeedApiTests.ActAsync(admin, need, new { action = "Confirm", rating = 5 });
        await _world.NeedAsync(unit.Id, D(2024, 5, 1), D(2024, 5, 5));
        var letter = await SemiAnnualReportApiTests.IssueLetterAsync(admin, unit.Id, 2024, 1);
        await officer.ReadAsync<TaskProgressDto>(await officer.PutAsync(KeyTasksApi + "/progress",
            new { keyTaskId = task.Id, responsibleUnitId = unit.Id, year = 2024, half = 1, text = "第二版进展", note.ConcurrencyStamp }));
        var current = (await admin.GetFromJsonAsync<List<KeyTaskDto>>(KeyTasksApi)).Single(t => t.Number == 3);
        await admin.ReadAsync<KeyTaskDto>(await admin.PutAsync($"{KeyTasksApi}/{task.Id}", new
        {
            current.Section, title = "改写后的任务名称", current.Text, current.OtherResponsible, unitIds = Array.Empty<Guid>(), current.ConcurrencyStamp,
        }));

        // The same half-year computed live now reads differently …
        var live = Part(await factory.WithServicesAsync(sp => sp.GetRequiredService<SemiAnnualReportBuilder>()
            .BuildAsync(new HalfYear(2024, 1), ChinaTime.DateOf(DateTime.UtcNow), DateTime.UtcNow, CancellationToken.None)), unit.Id);
        Assert.Equal((2, letter.Number, 0), (live.Needs.Collected, live.LetterNumber, live.Tasks.Count));

        // … while the issued report is, to the byte, what was issued.
        Assert.Equal(issuedJson, await ReadAsync(admin));
        using var again = await admin.PostAsync($"{ReportApi}/issue", new { year = 2024, half = 1 });
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Equal(issuedJson, await ReadAsync(admin));
    }

    private static async Task<string> ReadAsync(ApiClient client)
    {
        using var response = await client.GetAsync($"{ReportApi}?year=2024&half=1");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    private static ReportUnitDto Part(SemiAnnualReportDto report, Guid unitId) => report.Units.Single(u => u.ResponsibleUnitId == unitId);
}
