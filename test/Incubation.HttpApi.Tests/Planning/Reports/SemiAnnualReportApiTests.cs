using System.Net;
using Incubation.Identity;
using Incubation.Visits;
using Microsoft.Extensions.DependencyInjection;
using MiniExcelLibs;
using static Incubation.Planning.Reports.ReportTestData;

namespace Incubation.Planning.Reports;

/// <summary>
/// The 半年通报's figures on a hand-built set of needs with known answers. Each test works in a half-year of its own
/// (one of them is issued, and an issued half-year no longer drafts), with units of its own.
/// </summary>
public class SemiAnnualReportApiTests(IncubationWebApplicationFactory factory) : IClassFixture<IncubationWebApplicationFactory>
{
    private const string Api = ReportApi;
    private readonly ReportTestData _world = new(factory);

    [Fact]
    public async Task Should_report_each_units_needs_tasks_progress_and_letters_as_they_stood_at_the_half_years_end()
    {
        var (a, b) = (await _world.UnitAsync("甲单位"), await _world.UnitAsync("乙单位"));
        await ArrangeNeedsAsync(a.Id, b.Id);
        using var admin = await _world.Data.AdminClientAsync();
        var previousLetter = await IssueLetterAsync(admin, a.Id, 2024, 2); // n4 was overdue at the end of 2024H2
        var letter = await IssueLetterAsync(admin, a.Id, 2025, 1);
        var task1 = await AssignAsync(admin, 1, a.Id, b.Id);
        var task2 = await AssignAsync(admin, 2, b.Id);
        using var officerA = await _world.UnitOfficerAsync(a.Id);
        await officerA.ReadAsync<object>(await officerA.PutAsync(KeyTasksApi + "/progress",
            new { keyTaskId = task1.Id, responsibleUnitId = a.Id, year = 2025, half = 1, text = "已与贵州大学签订合作协议" }));

        var report = await admin.GetFromJsonAsync<SemiAnnualReportDto>($"{Api}?year=2025&half=1");

        Assert.Equal((ReportStatus.Draft, D(2025, 1, 1), D(2025, 6, 30), D(2025, 6, 30), D(2024, 12, 31)),
            (report.Status, report.PeriodStart, report.PeriodEnd, report.AsOf, report.PreviousAsOf));
        var unitA = report.Units.Single(u => u.ResponsibleUnitId == a.Id);
        Assert.Equal(new ReportNeedFiguresDto(6, 2, 3, 0.3333m), unitA.Needs);
        Assert.Equal((letter.Number, true), (unitA.LetterNumber, unitA.EscalatedToDistrict));
        Assert.NotEqual(previousLetter.Number, letter.Number);
        var unitATask = Assert.Single(unitA.Tasks);
        Assert.Equal((1, true, "已与贵州大学签订合作协议"), (unitATask.Number, unitATask.IsLead, unitATask.Progress));

        var unitB = report.Units.Single(u => u.ResponsibleUnitId == b.Id);
        Assert.Equal(new ReportNeedFiguresDto(1, 1, 0, 1m), unitB.Needs);
        Assert.Equal(((string?)null, false), (unitB.LetterNumber, unitB.EscalatedToDistrict));
        Assert.Equal([(1, false, (string?)null), (2, true, null)], unitB.Tasks.Select(t => (t.Number, t.IsLead, t.Progress)));

        // The seeded units keep their tasks; tasks 1 and 2 now have units, task 4 still waits for one.
        Assert.Contains(report.Units, u => u.ResponsibleUnitName == "区科学技术局" && u.Tasks.Any(t => t.Number == 3));
        Assert.DoesNotContain(report.TasksWithoutUnit, t => t.KeyTaskId == task1.Id || t.KeyTaskId == task2.Id);
        Assert.Contains(report.TasksWithoutUnit, t => t.Number == 4 && t.Title == "打造集成电路专业孵化器");

        Assert.Equal(report.Units.Sum(u => u.Needs.Collected), report.Totals.Collected);
        Assert.Equal(report.Units.Sum(u => u.Needs.OverdueAtEnd), report.Totals.OverdueAtEnd);
    }

    [Fact]
    public async Task Should_put_the_calculators_values_at_the_end_and_the_previous_end_beside_the_plans_targets()
    {
        using var admin = await _world.Data.AdminClientAsync();
        var report = await admin.GetFromJsonAsync<SemiAnnualReportDto>($"{Api}?year=2024&half=2");

        var (current, previous) = await factory.WithServicesAsync(async sp =>
        {
            var calculator = sp.GetRequiredService<IIndicatorCalculator>();
            return (await calculator.ComputeAllAsync(D(2024, 12, 31)), await calculator.ComputeAllAsync(D(2024, 6, 30)));
        });
        Assert.Equal(Enum.GetValues<Indicator>(), report.Indicators.Select(i => i.Indicator));
        Assert.All(report.Indicators, i => Assert.Equal((current[i.Indicator], previous[i.Indicator]), (i.Value, i.PreviousValue)));
        var highTech = report.Indicators.Single(i => i.Indicator == Indicator.HighTechEnterprises);
        Assert.Equal((2022, 111m, 2025, 220m, IndicatorUnit.Count), (highTech.BaselineYear, highTech.BaselineValue, highTech.TargetYear, highTech.TargetValue, highTech.Unit));
        var rd = report.Indicators.Single(i => i.Indicator == Indicator.RdInvestment);
        Assert.Equal((241_000_000m, 500_000_000m, IndicatorUnit.Yuan), (rd.BaselineValue, rd.TargetValue, rd.Unit));
        Assert.Equal(TargetShape.Floor, report.Indicators.Single(i => i.Indicator == Indicator.PoolSize).Shape);
    }

    [Fact]
    public async Task Should_draft_the_running_half_year_as_of_today_and_refuse_to_issue_it_before_it_ends()
    {
        var today = ChinaTime.DateOf(DateTime.UtcNow);
        var running = HalfYear.Of(today);
        var unit = await _world.UnitAsync();
        await _world.NeedAsync(unit.Id, running.Start, running.Start); // due on its first day: overdue from the next day on
        using var admin = await _world.Data.AdminClientAsync();

        var draft = await admin.GetFromJsonAsync<SemiAnnualReportDto>($"{Api}?year={running.Year}&half={running.Half}");
        Assert.Equal(ReportStatus.Draft, draft.Status);
        Assert.InRange(draft.AsOf, today.AddDays(-1), today); // a test running across midnight may see yesterday
        Assert.Equal(running.Previous.End, draft.PreviousAsOf);
        Assert.Equal(1, draft.Units.Single(u => u.ResponsibleUnitId == unit.Id).Needs.Collected);

        using var early = await admin.PostAsync($"{Api}/issue", new { year = running.Year, half = running.Half });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, early.StatusCode);
        Assert.Contains("尚未结束", await early.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        using var ahead = await admin.GetAsync($"{Api}?year={running.Year + 1}&half={running.Half}");
        Assert.Equal(HttpStatusCode.BadRequest, ahead.StatusCode);
        Assert.Contains("尚未开始", await ahead.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_issue_a_half_year_once_list_it_and_show_it_to_units_while_drafts_stay_with_the_district()
    {
        var unit = await _world.UnitAsync();
        await _world.NeedAsync(unit.Id, D(2023, 3, 1), D(2023, 3, 10));
        using var admin = await _world.Data.AdminClientAsync();

        var issued = await admin.ReadAsync<SemiAnnualReportDto>(await admin.PostAsync($"{Api}/issue", new { year = 2023, half = 1 }));
        Assert.Equal(ReportStatus.Issued, issued.Status);
        Assert.NotNull(issued.IssuedAt);
        Assert.False(string.IsNullOrEmpty(issued.IssuedByName));
        Assert.Equal(new ReportNeedFiguresDto(1, 0, 1, 0m), issued.Units.Single(u => u.ResponsibleUnitId == unit.Id).Needs);

        using var again = await admin.PostAsync($"{Api}/issue", new { year = 2023, half = 1 });
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Contains("Incubation:ReportAlreadyIssued", await again.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var list = await admin.GetFromJsonAsync<List<IssuedReportDto>>($"{Api}/issued");
        var entry = Assert.Single(list);
        Assert.Equal((2023, 1, issued.IssuedAt), (entry.Year, entry.Half, (DateTime?)entry.IssuedAt));

        // A unit officer reads the issued report (it is circulated to every unit), not a draft of the district.
        using var officer = await _world.UnitOfficerAsync(unit.Id);
        Assert.Equivalent(issued, await officer.GetFromJsonAsync<SemiAnnualReportDto>($"{Api}?year=2023&half=1"), strict: true);
        Assert.Single(await officer.GetFromJsonAsync<List<IssuedReportDto>>($"{Api}/issued"));
        using var draft = await officer.GetAsync($"{Api}?year=2023&half=2");
        Assert.Equal(HttpStatusCode.NotFound, draft.StatusCode);
        Assert.Contains("尚未印发", await draft.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        using var leader = await _world.Data.ClientForAsync(IncubationRoles.Leader);
        Assert.Equal(ReportStatus.Draft, (await leader.GetFromJsonAsync<SemiAnnualReportDto>($"{Api}?year=2023&half=2")).Status);
    }

    [Fact]
    public async Task Should_export_the_report_one_sheet_per_section_in_chinese()
    {
        var unit = await _world.UnitAsync("导出单位");
        await _world.NeedAsync(unit.Id, D(2022, 8, 1), D(2022, 8, 10), n =>
        {
            n.Accept(On(D(2022, 8, 2)), null);
            n.Resolve("已答复", On(D(2022, 8, 5)));
            n.Confirm(5, null, default, On(D(2022, 8, 6)));
        });
        await _world.NeedAsync(unit.Id, D(2022, 9, 1), D(2022, 9, 10));
        using var admin = await _world.Data.AdminClientAsync();
        await AssignAsync(admin, 7, unit.Id);

        using var response = await admin.GetAsync($"{Api}/export?year=2022&half=2");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("semi-annual-report-2022H2.xlsx", response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName);
        await using var stream = new MemoryStream(await response.Content.ReadAsByteArrayAsync());

        Assert.Equal(["责任单位情况", "重点任务进展", "待明确责任单位的任务", "区级指标"], stream.GetSheetNames());
        var units = Rows(stream, "责任单位情况");
        var row = units.Single(r => (string?)r["责任单位"] == unit.Name);
        Assert.Equal((2d, 1d, 1d, "50.0%"), (Number(row["收集诉求"]), Number(row["已办结"]), Number(row["期末逾期"]), (string?)row["办结率"]));
        Assert.IsType<double>(row["收集诉求"]); // numbers stay numbers, to sum in Excel
        Assert.Equal("合计", units[^1]["责任单位"]);
        var task = Rows(stream, "重点任务进展").Single(r => (string?)r["责任单位"] == unit.Name);
        Assert.Equal((7d, "牵头", "未填报"), (Number(task["任务序号"]), (string?)task["职责"], (string?)task["进展情况"]));
        var indicators = Rows(stream, "区级指标");
        Assert.Equal(10, indicators.Count);
        Assert.Contains(indicators, r => (string?)r["指标"] == "高新技术企业" && Number(r["目标值"]) == 220d && r.ContainsKey("截至 2022-12-31"));
    }

    [Fact]
    public async Task Should_export_a_sheet_with_its_headers_when_every_task_has_a_unit()
    {
        var report = new SemiAnnualReportDto(2022, 1, ReportStatus.Draft, D(2022, 1, 1), D(2022, 6, 30), D(2022, 6, 30), D(2021, 12, 31),
            DateTime.UtcNow, null, null, UnitNeedFigures.None, [], [], []);
        var bytes = await factory.WithServicesAsync(sp => sp.GetRequiredService<SemiAnnualReportWorkbook>().WriteAsync(report, CancellationToken.None));
        await using var stream = new MemoryStream(bytes);

        Assert.Equal(4, stream.GetSheetNames().Count);
        var headers = stream.Query(useHeaderRow: false, sheetName: "待明确责任单位的任务").Cast<IDictionary<string, object?>>().First();
        Assert.Equal(["任务序号", "所属板块", "重点任务", "其他责任主体"], headers.Values);
    }

    /// <summary>
    /// Unit A and B's needs around 2025H1 (cut-off 2025-06-30). A: raised in the half n1 n2 n3 n5 n6 n7 = 6; closed by
    /// the end n1 (confirmed) and n5 (unresolvable) = 2; overdue at the end n2, n4 (raised in 2024), n6 (A held it
    /// then) = 3. B: n9, closed. n3's confirmation after the end, n6's transfer back after the end and n8 (next
    /// half-year) change nothing.
    /// </summary>
    private async Task ArrangeNeedsAsync(Guid a, Guid b)
    {
        await _world.NeedAsync(a, D(2025, 1, 10), D(2025, 1, 20), n =>
        {
            n.Accept(On(D(2025, 1, 12)), null);
            n.Resolve("已对接银行", On(D(2025, 1, 15)));
            n.Confirm(5, null, default, On(D(2025, 1, 18)));
        });
        await _world.NeedAsync(a, D(2025, 2, 1), D(2025, 2, 10));
        await _world.NeedAsync(a, D(2025, 3, 1), D(2025, 3, 20), n =>
        {
            n.Accept(On(D(2025, 3, 2)), null);
            n.Resolve("已答复", On(D(2025, 3, 15)));
            n.Confirm(4, null, default, On(D(2025, 7, 5)));
        });
        await _world.NeedAsync(a, D(2024, 11, 1), D(2024, 11, 15));
        await _world.NeedAsync(a, D(2025, 4, 1), D(2025, 4, 10), n =>
        {
            n.RequestUnresolvable("超出职权范围", On(D(2025, 4, 5)));
            n.ApproveUnresolvable(On(D(2025, 4, 8)), null);
        });
        await _world.NeedAsync(b, D(2025, 5, 1), D(2025, 5, 10), n =>
        {
            n.TransferTo(a, "转甲单位办理", D(2025, 5, 20), On(D(2025, 5, 3)));
            n.Accept(On(D(2025, 5, 4)), null);
            n.TransferTo(b, "退回乙单位", D(2025, 8, 15), On(D(2025, 8, 1)));
        });
        await _world.NeedAsync(a, D(2025, 6, 20), D(2025, 7, 10));
        await _world.NeedAsync(a, D(2025, 7, 2), D(2025, 7, 10));
        await _world.NeedAsync(b, D(2025, 6, 1), D(2025, 6, 5), n =>
        {
            n.Accept(On(D(2025, 6, 2)), null);
            n.Resolve("已解决", On(D(2025, 6, 4)));
            n.Confirm(4, null, default, On(D(2025, 6, 6)));
        });
    }

    internal static async Task<ReminderLetterDto> IssueLetterAsync(ApiClient admin, Guid unitId, int year, int half) =>
        await admin.ReadAsync<ReminderLetterDto>(await admin.PostAsync("/api/app/reminder-letters", new { responsibleUnitId = unitId, year, half }));

    private static List<IDictionary<string, object?>> Rows(Stream stream, string sheet) =>
        stream.Query(useHeaderRow: true, sheetName: sheet).Cast<IDictionary<string, object?>>().ToList();

    private static double Number(object? value) => Convert.ToDouble(value, System.Globalization.CultureInfo.InvariantCulture);
}
