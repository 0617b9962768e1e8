using System.Globalization;
using Incubation.Certification.Eligibility;
using Incubation.Localization;
using Microsoft.Extensions.Localization;
using MiniExcelLibs;

namespace Incubation.Certification;

/// <summary>The candidate list as .xlsx in the user's language: rank, enterprise, verdict, score range and top gaps.</summary>
public sealed class CandidateWorkbook(IStringLocalizer<IncubationResource> l, TimeProvider clock)
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public string FileName(QualificationKind kind) => $"candidates-{kind}-{clock.GetUtcNow():yyyyMMdd}.xlsx";

    public async Task<byte[]> WriteAsync(QualificationKind kind, IReadOnlyList<EligibilityCandidateDto> rows, CancellationToken cancellationToken)
    {
        var sheet = rows.Select((r, i) => new Dictionary<string, object?>
        {
            [l["Ledger:Number"]] = i + 1,
            [l["Visit:Enterprise"]] = r.EnterpriseName,
            [l["Enterprise:SubDistrict"]] = r.SubDistrictName ?? r.SubDistrictCode,
            [l["Enterprise:IndustryField"]] = r.IndustryFieldName ?? r.IndustryFieldCode,
            [l["Eligibility:Verdict"]] = l["Enum:EligibilityVerdict." + r.Verdict].Value,
            [l["Eligibility:Score"]] = r.ScoreMin is null ? null : Range(r.ScoreMin.Value, r.ScoreMax!.Value),
            [l["Eligibility:PassMark"]] = r.PassMark,
            [l["Eligibility:TopGaps"]] = string.Join(Environment.NewLine, r.TopGaps.Select(g => g.Message)),
            [l["Eligibility:AsOf"]] = r.AsOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            [l["Eligibility:RuleSet"]] = r.RuleSet,
        });
        using var stream = new MemoryStream();
        await stream.SaveAsAsync(sheet, sheetName: l["Enum:QualificationKind." + kind].Value, cancellationToken: cancellationToken);
        return stream.ToArray();
    }

    private static string Range(decimal min, decimal max) =>
        min == max ? min.ToString("0.#", CultureInfo.InvariantCulture) : $"{min.ToString("0.#", CultureInfo.InvariantCulture)}–{max.ToString("0.#", CultureInfo.InvariantCulture)}";
}
