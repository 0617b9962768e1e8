using System.Globalization;
using Incubation.Localization;
using Microsoft.Extensions.Localization;
using MiniExcelLibs;

namespace Incubation.Cultivation;

/// <summary>Writes the pool roster as .xlsx with headers and stage names in the user's language.</summary>
public sealed class PoolRosterWorkbook(IStringLocalizer<IncubationResource> l, TimeProvider clock)
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public string FileName() => $"pool-{clock.GetUtcNow():yyyyMMdd}.xlsx";

    public async Task<byte[]> WriteAsync(IReadOnlyList<PoolMemberDto> rows, CancellationToken cancellationToken)
    {
        var sheet = rows.Select(r => new Dictionary<string, object?>
        {
            [l["Enterprise:Name"]] = r.EnterpriseName,
            [l["Enterprise:UnifiedSocialCreditCode"]] = r.UnifiedSocialCreditCode,
            [l["Enterprise:SubDistrict"]] = r.SubDistrictName,
            [l["Enterprise:IndustryField"]] = r.IndustryFieldName,
            [l["Enterprise:Incubator"]] = r.IncubatorName,
            [l["Cultivation:Stage"]] = l["Enum:CultivationStage." + r.Stage].Value,
            [l["Cultivation:StageSince"]] = r.StageSince.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            [l["Cultivation:DaysInStage"]] = r.DaysInStage,
            [l["Cultivation:AdmittedAt"]] = r.AdmittedAt.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        });

        using var stream = new MemoryStream();
        await stream.SaveAsAsync(sheet, sheetName: l["Cultivation:ExportSheet"], cancellationToken: cancellationToken);
        return stream.ToArray();
    }
}
