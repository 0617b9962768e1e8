using System.Globalization;
using Incubation.Localization;
using Microsoft.Extensions.Localization;
using MiniExcelLibs;

namespace Incubation.Visits;

/// <summary>
/// The visit ledger (走访台账) and the needs ledger (诉求台账) as .xlsx, one row per visit or need, numbered, with
/// headers, kinds, categories and statuses in the user's language — the columns a bureau prints and files.
/// </summary>
public sealed class VisitLedgerWorkbook(IStringLocalizer<IncubationResource> l, TimeProvider clock)
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public string VisitsFileName() => $"visits-{clock.GetUtcNow():yyyyMMdd}.xlsx";

    public string NeedsFileName() => $"needs-{clock.GetUtcNow():yyyyMMdd}.xlsx";

    public async Task<byte[]> WriteVisitsAsync(IReadOnlyList<VisitDto> rows, CancellationToken cancellationToken)
    {
        var sheet = rows.Select((r, i) => new Dictionary<string, object?>
        {
            [l["Ledger:Number"]] = i + 1,
            [l["Visit:Date"]] = Date(r.VisitDate),
            [l["Visit:Enterprise"]] = r.EnterpriseName,
            [l["Visit:Kind"]] = l["Enum:VisitKind." + r.Kind].Value,
            [l["Visit:Officers"]] = string.Join(l["Ledger:Separator"], r.Officers.Select(o => o.DisplayName)),
            [l["Visit:Attendees"]] = string.Join(l["Ledger:Separator"], r.Attendees.Select(a => a.Title is null ? a.Name : l["Ledger:AttendeeFormat", a.Name, a.Title].Value)),
            [l["Visit:Policies"]] = string.Join(l["Ledger:Separator"], r.PolicyCodes),
            [l["Visit:Operations"]] = r.Operations,
            [l["Visit:Innovation"]] = r.Innovation,
            [l["Visit:Difficulties"]] = r.Difficulties,
            [l["Visit:Needs"]] = string.Join(Environment.NewLine, r.Needs.Select(n => l["Ledger:NeedFormat", l["Enum:NeedCategory." + n.Category].Value, n.Description].Value)),
            [l["Visit:Notes"]] = r.Notes,
        });
        return await SaveAsync(sheet, l["Ledger:VisitSheet"], cancellationToken);
    }

    public async Task<byte[]> WriteNeedsAsync(IReadOnlyList<NeedListItemDto> rows, CancellationToken cancellationToken)
    {
        var sheet = rows.Select((r, i) => new Dictionary<string, object?>
        {
            [l["Ledger:Number"]] = i + 1,
            [l["Need:RaisedOn"]] = Date(r.RaisedOn),
            [l["Visit:Enterprise"]] = r.EnterpriseName,
            [l["Need:Category"]] = l["Enum:NeedCategory." + r.Category].Value,
            [l["Need:IsBottleneck"]] = r.IsBottleneck ? l["Ledger:Yes"].Value : string.Empty,
            [l["Need:Description"]] = r.Description,
            [l["Need:ResponsibleUnit"]] = r.ResponsibleUnitName,
            [l["Need:DueDate"]] = Date(r.DueDate),
            [l["Need:Status"]] = l["Enum:NeedStatus." + r.Status].Value,
            [l["Need:Overdue"]] = r.IsOverdue ? l["Ledger:Yes"].Value : string.Empty,
            [l["Need:Rating"]] = r.Satisfaction,
            [l["Need:RedoCount"]] = r.RedoCount,
        });
        return await SaveAsync(sheet, l["Ledger:NeedSheet"], cancellationToken);
    }

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static async Task<byte[]> SaveAsync(IEnumerable<Dictionary<string, object?>> sheet, string name, CancellationToken cancellationToken)
    {
        using var stream = new MemoryStream();
        await stream.SaveAsAsync(sheet, sheetName: name, cancellationToken: cancellationToken);
        return stream.ToArray();
    }
}
