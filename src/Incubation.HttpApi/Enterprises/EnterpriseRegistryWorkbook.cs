using System.Data;
using System.Globalization;
using Incubation.Localization;
using Microsoft.Extensions.Localization;
using MiniExcelLibs;

namespace Incubation.Enterprises;

/// <summary>
/// Writes the registry list as .xlsx, row by row as the query yields them, into a temporary file (removed when the
/// response is sent), so memory stays flat however large the list. The headers are the import template's, so an
/// exported list can be corrected and imported back.
/// </summary>
public sealed class EnterpriseRegistryWorkbook(IStringLocalizer<IncubationResource> l, TimeProvider clock)
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public string FileName() => $"enterprises-{clock.GetUtcNow():yyyyMMdd}.xlsx";

    public async Task<Stream> WriteAsync(IAsyncEnumerable<EnterpriseListItemDto> items, CancellationToken cancellationToken)
    {
        var file = new FileStream(Path.GetTempFileName(), FileMode.Create, FileAccess.ReadWrite, FileShare.None, 81920,
            FileOptions.DeleteOnClose | FileOptions.Asynchronous);
        try
        {
            var enumerator = items.GetAsyncEnumerator(cancellationToken);
            await using (enumerator)
            {
                // MiniExcel writes no header for an empty sequence: an empty list still gets its column titles.
                object sheet = await enumerator.MoveNextAsync() ? Rows(enumerator) : HeaderOnly();
                await file.SaveAsAsync(sheet, sheetName: l["Enterprise:ExportSheet"], cancellationToken: cancellationToken);
            }

            file.Position = 0;
            return file;
        }
        catch
        {
            await file.DisposeAsync();
            throw;
        }
    }

    private async IAsyncEnumerable<Dictionary<string, object?>> Rows(IAsyncEnumerator<EnterpriseListItemDto> started)
    {
        do
        {
            yield return Row(started.Current);
        }
        while (await started.MoveNextAsync());
    }

    private Dictionary<string, object?> Row(EnterpriseListItemDto e) => new()
    {
        [l["Enterprise:Name"]] = e.Name,
        [l["Enterprise:UnifiedSocialCreditCode"]] = e.UnifiedSocialCreditCode,
        [l["Enterprise:SubDistrict"]] = e.SubDistrictName,
        [l["Enterprise:IndustryField"]] = e.IndustryFieldName,
        [l["Enterprise:Incubator"]] = e.IncubatorName,
        [l["Enterprise:EstablishedOn"]] = e.EstablishedOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        [l["Enterprise:IsAboveScale"]] = Flag(e.IsAboveScale),
        [l["Enterprise:IsSciTechService"]] = Flag(e.IsSciTechService),
        [l["Enterprise:CreationTime"]] = e.CreationTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
    };

    private DataTable HeaderOnly()
    {
        var table = new DataTable();
        foreach (var title in Row(new EnterpriseListItemDto(Guid.Empty, string.Empty, string.Empty, string.Empty, null, string.Empty, null, null, null,
                     false, false, false, default)).Keys)
        {
            table.Columns.Add(title, typeof(string));
        }

        return table;
    }

    private string Flag(bool value) => l[value ? "Enterprise:FlagYes" : "Enterprise:FlagNo"];
}
