using System.Data;
using System.Globalization;
using Incubation.Localization;
using Microsoft.Extensions.Localization;
using MiniExcelLibs;

namespace Incubation.Planning.Reports;

/// <summary>
/// The 半年通报 as .xlsx, one sheet per section of the printed report: the units' figures, the units' progress on
/// their key tasks, the tasks without a unit, the district indicators. Headers and labels in the user's language;
/// numbers stay numbers (amounts in yuan, with the unit in its own column) so the bureau can sum and chart them.
/// A section with no rows still gets its header row.
/// </summary>
public sealed class SemiAnnualReportWorkbook(IStringLocalizer<IncubationResource> l)
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static string FileName(SemiAnnualReportDto report) =>
        string.Create(CultureInfo.InvariantCulture, $"semi-annual-report-{report.Year}H{report.Half}.xlsx");

    public async Task<byte[]> WriteAsync(SemiAnnualReportDto report, CancellationToken cancellationToken)
    {
        var sheets = new Dictionary<string, object>
        {
            [l["Reports:SheetUnits"]] = Units(report),
            [l["Reports:SheetTasks"]] = Tasks(report),
            [l["Reports:SheetUnassigned"]] = Unassigned(report),
            [l["Reports:SheetIndicators"]] = Indicators(report),
        };
        using var stream = new MemoryStream();
        await stream.SaveAsAsync(sheets, cancellationToken: cancellationToken);
        return stream.ToArray();
    }

    private DataTable Units(SemiAnnualReportDto report) => Sheet(
        ["Reports:Number", "Reports:Unit", "Reports:TaskCount", "Reports:Collected", "Reports:Closed", "Reports:OverdueAtEnd", "Reports:ClosureRate",
            "Reports:LetterNumber", "Reports:Escalated"],
        report.Units
            .Select((u, i) => new object?[]
            {
                i + 1, u.ResponsibleUnitName, u.Tasks.Count, u.Needs.Collected, u.Needs.Closed, u.Needs.OverdueAtEnd, Percent(u.Needs.ClosureRate),
                u.LetterNumber, u.EscalatedToDistrict ? l["Reports:Yes"].Value : null,
            })
            .Append(
            [
                null, l["Reports:Total"].Value, null, report.Totals.Collected, report.Totals.Closed, report.Totals.OverdueAtEnd,
                Percent(report.Totals.ClosureRate), null, null,
            ]));

    private DataTable Tasks(SemiAnnualReportDto report) => Sheet(
        ["Reports:Number", "Reports:Unit", "Reports:TaskNumber", "Reports:TaskTitle", "Reports:Role", "Reports:Progress"],
        report.Units
            .SelectMany(u => u.Tasks.Select(t => (Unit: u, Task: t)))
            .Select((r, i) => new object?[]
            {
                i + 1, r.Unit.ResponsibleUnitName, r.Task.Number, r.Task.Title,
                r.Task.IsLead ? l["Reports:Lead"].Value : l["Reports:Partner"].Value, r.Task.Progress ?? l["Reports:NoProgress"].Value,
            }));

    private DataTable Unassigned(SemiAnnualReportDto report) => Sheet(
        ["Reports:TaskNumber", "Reports:Section", "Reports:TaskTitle", "Reports:OtherResponsible"],
        report.TasksWithoutUnit.Select(t => new object?[] { t.Number, t.Section, t.Title, t.OtherResponsible }));

    private DataTable Indicators(SemiAnnualReportDto report)
    {
        var table = Sheet(
            ["Reports:Indicator", "Reports:IndicatorUnit", "Reports:BaselineYear", "Reports:Baseline", "Reports:TargetYear", "Reports:Target"],
            report.Indicators.Select(i => new object?[]
            {
                l["Enum:Indicator." + i.Indicator].Value, l["Reports:IndicatorUnit." + i.Unit].Value, i.BaselineYear, i.BaselineValue, i.TargetYear,
                i.TargetValue,
            }));

        // The values at the two dates, headed by their dates, and the change between them.
        table.Columns.Add(l["Reports:ValueAt", Date(report.PreviousAsOf)], typeof(object));
        table.Columns.Add(l["Reports:ValueAt", Date(report.AsOf)], typeof(object));
        table.Columns.Add(l["Reports:Change"], typeof(object));
        for (var i = 0; i < report.Indicators.Count; i++)
        {
            var indicator = report.Indicators[i];
            var row = table.Rows[i];
            row[6] = indicator.PreviousValue;
            row[7] = indicator.Value;
            row[8] = indicator.Value - indicator.PreviousValue;
        }

        return table;
    }

    /// <summary>A sheet as a table: MiniExcel writes a table's header row even when it has no rows.</summary>
    private DataTable Sheet(IEnumerable<string> headerKeys, IEnumerable<object?[]> rows)
    {
        var table = new DataTable();
        foreach (var key in headerKeys)
        {
            table.Columns.Add(l[key], typeof(object));
        }

        foreach (var row in rows)
        {
            table.Rows.Add(row.Select(v => v ?? DBNull.Value).ToArray());
        }

        return table;
    }

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string? Percent(decimal? rate) =>
        rate is { } r ? (r * 100).ToString("0.0", CultureInfo.InvariantCulture) + "%" : null;
}
