using System.Globalization;
using Incubation.Localization;
using Microsoft.Extensions.Localization;
using MiniExcelLibs;

namespace Incubation.Planning;

/// <summary>The rows behind an indicator's value as .xlsx: what the drill-down shows, in the user's language.</summary>
public sealed class ContributorsWorkbook(IStringLocalizer<IncubationResource> l)
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static string FileName(Indicator indicator, DateOnly asOf) =>
        $"{indicator}-{asOf.ToString("yyyyMMdd", CultureInfo.InvariantCulture)}.xlsx";

    public async Task<byte[]> WriteAsync(Indicator indicator, IReadOnlyList<ContributorDto> rows, CancellationToken cancellationToken)
    {
        var sheet = rows.Select((r, i) => new Dictionary<string, object?>
        {
            [l["Ledger:Number"]] = i + 1,
            [l["PlanningUi:Item"]] = r.Name,
            [l["PlanningUi:SubDistrict"]] = r.SubDistrictName,
            [l["PlanningUi:Incubator"]] = r.IncubatorName,
            [l["PlanningUi:Contribution"]] = r.Value,
            [l["PlanningUi:Basis"]] = r.FiscalYear is { } year
                ? l["PlanningUi:FiscalYear", year].Value
                : r.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        });
        using var stream = new MemoryStream();
        await stream.SaveAsAsync(sheet, sheetName: l["Enum:Indicator." + indicator].Value, cancellationToken: cancellationToken);
        return stream.ToArray();
    }
}
