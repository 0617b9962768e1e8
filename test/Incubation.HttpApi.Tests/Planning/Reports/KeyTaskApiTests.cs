using System.Net;
using Incubation.Identity;
using Incubation.Planning.KeyTasks;

namespace Incubation.Planning.Reports;

/// <summary>The plan's key tasks as seeded, and the bureau's edits of their wording and units.</summary>
public class KeyTaskApiTests(IncubationWebApplicationFactory factory) : IClassFixture<IncubationWebApplicationFactory>
{
    private const string Api = ReportTestData.KeyTasksApi;
    private readonly ReportTestData _world = new(factory);

    [Fact]
    public async Task Should_list_the_15_seeded_tasks_with_the_units_the_plan_names_lead_first()
    {
        using var admin = await _world.Data.AdminClientAsync();
        var tasks = await admin.GetFromJsonAsync<List<KeyTaskDto>>(Api);

        Assert.Equal(Enumerable.Range(1, 15), tasks.Select(t => t.Number));
        var task3 = tasks.Single(t => t.Number == 3);
        Assert.Equal(["区科学技术局", "区工业和信息化局", "区投资促进局", "区市场监督管理局", "区卫生健康局", "区园区建设服务中心"],
            task3.Units.Select(u => u.Name));
        Assert.Contains("市西河街道", task3.OtherResponsible, StringComparison.Ordinal);
        Assert.Equal("区工业和信息化局", tasks.Single(t => t.Number == 8).Units[0].Name); // the plan's lead unit of task 8
        Assert.Equal("区委人才办", tasks.Single(t => t.Number == 15).Units[0].Name);

        // The plan names no unit for the others: the bureau assigns them (12 and 13 are the edit tests' own).
        Assert.All(tasks.Where(t => t.Number is not (3 or 6 or 8 or 13 or 15 or 12)), t => Assert.Empty(t.Units));
    }

    [Fact]
    public async Task Should_let_the_bureau_reword_a_task_and_assign_its_units_lead_first()
    {
        var lead = await _world.UnitAsync();
        var partner = await _world.UnitAsync();
        using var admin = await _world.Data.AdminClientAsync();
        var before = (await admin.GetFromJsonAsync<List<KeyTaskDto>>(Api)).Single(t => t.Number == 12);

        using var response = await admin.PutAsync($"{Api}/{before.Id}", new
        {
            section = before.Section, title = "建立品牌塑造机制（调整）", text = before.Text, otherResponsible = "各街道",
            unitIds = new[] { lead.Id, partner.Id, lead.Id }, concurrencyStamp = before.ConcurrencyStamp,
        });
        var updated = await admin.ReadAsync<KeyTaskDto>(response);

        Assert.Equal("建立品牌塑造机制（调整）", updated.Title);
        Assert.Equal([(lead.Id, lead.Name), (partner.Id, partner.Name)], updated.Units.Select(u => (u.Id, u.Name)));
        Assert.NotEqual(before.ConcurrencyStamp, updated.ConcurrencyStamp);
        Assert.Equivalent(updated, (await admin.GetFromJsonAsync<List<KeyTaskDto>>(Api)).Single(t => t.Number == 12), strict: true);
    }

    [Fact]
    public async Task Should_answer_409_to_a_stale_edit_and_keep_the_newer_one()
    {
        var unit = await _world.UnitAsync();
        using var admin = await _world.Data.AdminClientAsync();
        var read = (await admin.GetFromJsonAsync<List<KeyTaskDto>>(Api)).Single(t => t.Number == 13);
        var first = await ReportTestData.AssignAsync(admin, 13, unit.Id);

        using var stale = await admin.PutAsync($"{Api}/{read.Id}", new
        {
            read.Section, title = "过期的修改", read.Text, read.OtherResponsible, unitIds = Array.Empty<Guid>(), read.ConcurrencyStamp,
        });

        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Equivalent(first, (await admin.GetFromJsonAsync<List<KeyTaskDto>>(Api)).Single(t => t.Number == 13), strict: true);
    }

    [Fact]
    public async Task Should_refuse_an_unknown_unit_and_an_empty_title_with_field_errors_in_chinese()
    {
        using var admin = await _world.Data.AdminClientAsync();
        var task = (await admin.GetFromJsonAsync<List<KeyTaskDto>>(Api)).Single(t => t.Number == 14);

        using var unknown = await admin.PutAsync($"{Api}/{task.Id}", new
        {
            task.Section, task.Title, task.Text, task.OtherResponsible, unitIds = new[] { Guid.NewGuid() }, task.ConcurrencyStamp,
        });
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        var unknownBody = await unknown.Content.ReadAsStringAsync();
        Assert.Contains("\"unitIds\"", unknownBody, StringComparison.Ordinal);
        Assert.Contains("责任单位不存在", unknownBody, StringComparison.Ordinal);

        using var untitled = await admin.PutAsync($"{Api}/{task.Id}", new
        {
            task.Section, title = " ", task.Text, task.OtherResponsible, unitIds = Array.Empty<Guid>(), task.ConcurrencyStamp,
        });
        Assert.Equal(HttpStatusCode.BadRequest, untitled.StatusCode);
        var untitledBody = await untitled.Content.ReadAsStringAsync();
        Assert.Contains("\"title\"", untitledBody, StringComparison.Ordinal);
        Assert.Contains("任务名称", untitledBody, StringComparison.Ordinal);

        Assert.Equivalent(task, (await admin.GetFromJsonAsync<List<KeyTaskDto>>(Api)).Single(t => t.Number == 14), strict: true); // nothing written
    }

    [Theory]
    [InlineData(IncubationRoles.UnitOfficer)]
    [InlineData(IncubationRoles.Leader)]
    [InlineData(IncubationRoles.BureauReviewer)]
    public async Task Should_let_readers_list_the_tasks_but_refuse_them_an_edit(string role)
    {
        using var reader = await _world.Data.ClientForAsync(role);
        var task = (await reader.GetFromJsonAsync<List<KeyTaskDto>>(Api)).Single(t => t.Number == 15);

        using var edit = await reader.PutAsync($"{Api}/{task.Id}", new
        {
            task.Section, title = "越权修改", task.Text, task.OtherResponsible, unitIds = Array.Empty<Guid>(), task.ConcurrencyStamp,
        });

        Assert.Equal(HttpStatusCode.Forbidden, edit.StatusCode);
    }

    [Theory]
    [InlineData(IncubationRoles.IncubatorManager)]
    [InlineData(IncubationRoles.StreetOfficer)]
    public async Task Should_refuse_the_task_list_to_roles_outside_the_plans_reporting(string role)
    {
        using var outsider = await _world.Data.ClientForAsync(role, subDistrictCode: TestData.SubDistrictA);
        using var response = await outsider.GetAsync(Api);
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }
}
