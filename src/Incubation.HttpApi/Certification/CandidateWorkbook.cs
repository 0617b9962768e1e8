using System.Globalization;
using Incubation.Certification.Eligibility;
using Incubation.Localization;
using Microsoft.Extensions.Localization;
using MiniExcelLibs;

namespace Incubation.Certification;

/// <summary>The certification lists as .xlsx in the user's language: the candidates (rank, verdict, score, top gaps) and the re-certification list.</summary>
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

    public string ApplicationsFileName(QualificationKind kind, int? year) => $"applications-{kind}-{year?.ToString(CultureInfo.InvariantCulture) ?? "current"}-{clock.GetUtcNow():yyyyMMdd}.xlsx";

    public async Task<byte[]> WriteApplicationsAsync(QualificationKind kind, IReadOnlyList<ApplicationExportRowDto> rows, CancellationToken cancellationToken)
    {
        var sheet = rows.Select((r, i) => new Dictionary<string, object?>
        {
            [l["Ledger:Number"]] = i + 1,
            [l["Visit:Enterprise"]] = r.EnterpriseName,
            [l["Enterprise:UnifiedSocialCreditCode"]] = r.CreditCode,
            [l["Application:Stage"]] = l["Enum:ApplicationStage." + r.Stage].Value,
            [l["Application:StageSince"]] = ChinaTime.DateOf(r.StageSince).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            [l["Application:Completeness"]] = $"{r.Completeness * 100:0}%",
            [l["Application:MissingEvidence"]] = string.Join(l["Ledger:Separator"], r.MissingEvidence),
        });
        using var stream = new MemoryStream();
        await stream.SaveAsAsync(sheet, sheetName: l["Enum:QualificationKind." + kind].Value, cancellationToken: cancellationToken);
        return stream.ToArray();
    }

    public string RecertificationFileName() => $"recertifications-{clock.GetUtcNow():yyyyMMdd}.xlsx";

    public async Task<byte[]> WriteRecertificationsAsync(IReadOnlyList<RecertificationItemDto> rows, CancellationToken cancellationToken)
    {
        var sheet = rows.Select((r, i) => new Dictionary<string, object?>
        {
            [l["Ledger:Number"]] = i + 1,
            [l["Visit:Enterprise"]] = r.EnterpriseName,
            [l["Recertification:CertificateNumber"]] = r.CertificateNumber,
            [l["Recertification:IssuedOn"]] = r.IssuedOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            [l["Recertification:ExpiresOn"]] = r.ExpiresOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            [l["Recertification:DaysLeft"]] = r.DaysLeft,
            [l["Enterprise:SubDistrict"]] = r.SubDistrictName ?? r.SubDistrictCode,
            [l["Enterprise:Incubator"]] = r.IncubatorName,
            [l["Recertification:Renewed"]] = r.Renewed ? l["Ledger:Yes"].Value : string.Empty,
        });
        using var stream = new MemoryStream();
        await stream.SaveAsAsync(sheet, sheetName: l["Recertification:Sheet"].Value, cancellationToken: cancellationToken);
        return stream.ToArray();
    }

    private static string Range(decimal min, decimal max) =>
        min == max ? min.ToString("0.#", CultureInfo.InvariantCulture) : $"{min.ToString("0.#", CultureInfo.InvariantCulture)}–{max.ToString("0.#", CultureInfo.InvariantCulture)}";
}
