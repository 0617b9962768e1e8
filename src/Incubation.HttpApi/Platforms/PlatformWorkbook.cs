using Incubation.Localization;
using Microsoft.Extensions.Localization;

namespace Incubation.Platforms;

/// <summary>The platform register, the tech-transfer projects and the incubators as .xlsx, with the lists' columns in the user's language.</summary>
public sealed class PlatformWorkbook(IStringLocalizer<IncubationResource> l, TimeProvider clock)
{
    public const string ContentType = LedgerSheet.ContentType;

    public string PlatformsFileName() => $"platforms-{clock.GetUtcNow():yyyyMMdd}.xlsx";

    public string ProjectsFileName() => $"tech-transfer-projects-{clock.GetUtcNow():yyyyMMdd}.xlsx";

    public string IncubatorsFileName() => $"incubators-{clock.GetUtcNow():yyyyMMdd}.xlsx";

    public Task<byte[]> WritePlatformsAsync(IReadOnlyList<InnovationPlatformDto> rows, CancellationToken cancellationToken) =>
        new LedgerSheet<InnovationPlatformDto>(l["Platforms:PlatformSheet"])
            .Column(l["Platforms:Number"], (_, i) => i + 1)
            .Column(l["Platforms:Name"], r => r.Name)
            .Column(l["Platforms:Kind"], r => l["Enum:PlatformKind." + r.Kind].Value)
            .Column(l["Platforms:Level"], r => l["Enum:PlatformLevel." + r.Level].Value)
            .Column(l["Platforms:Host"], r => r.HostEnterpriseName ?? r.HostInstitution)
            .Column(l["Platforms:SubDistrict"], r => r.SubDistrictName)
            .Column(l["Platforms:ApprovalNumber"], r => r.ApprovalNumber)
            .Column(l["Platforms:ApprovedOn"], r => LedgerSheet.Date(r.ApprovedOn))
            .Column(l["Platforms:Status"], r => l["Enum:PlatformStatus." + r.Status].Value)
            .Column(l["Platforms:EndedOn"], r => LedgerSheet.Date(r.EndedOn))
            .Column(l["Platforms:Note"], r => r.Note)
            .WriteAsync(rows, cancellationToken);

    public Task<byte[]> WriteProjectsAsync(IReadOnlyList<TechTransferProjectDto> rows, CancellationToken cancellationToken) =>
        new LedgerSheet<TechTransferProjectDto>(l["Platforms:ProjectSheet"])
            .Column(l["Platforms:Number"], (_, i) => i + 1)
            .Column(l["Platforms:Year"], r => r.Year)
            .Column(l["Platforms:Enterprise"], r => r.EnterpriseName)
            .Column(l["Platforms:ProjectTitle"], r => r.Title)
            .Column(l["Platforms:AmountFunded"], r => r.AmountFunded)
            .Column(l["Platforms:FundedOn"], r => LedgerSheet.Date(r.FundedOn))
            .Column(l["Platforms:ProjectStatus"], r => l["Enum:TechTransferStatus." + r.Status].Value)
            .Column(l["Platforms:Note"], r => r.Note)
            .WriteAsync(rows, cancellationToken);

    /// <summary>Counts and targets as numbers; an empty target cell means none (the plan's applies to a base without one).</summary>
    public Task<byte[]> WriteIncubatorsAsync(IReadOnlyList<IncubatorDto> rows, CancellationToken cancellationToken) =>
        new LedgerSheet<IncubatorDto>(l["Platforms:IncubatorSheet"])
            .Column(l["Platforms:Number"], (_, i) => i + 1)
            .Column(l["Platforms:IncubatorName"], r => r.Name)
            .Column(l["Platforms:IncubatorKind"], r => l["Enum:IncubatorKind." + r.Kind].Value)
            .Column(l["Platforms:Level"], r => r.Level is { } level ? l["Enum:PlatformLevel." + level].Value : null)
            .Column(l["Platforms:Operator"], r => r.Operator)
            .Column(l["Platforms:SubDistrict"], r => r.SubDistrictName)
            .Column(l["Platforms:IncubatorsPage.Incubated"], r => r.IncubatedCount)
            .Column(l["Platforms:IncubatedTarget"], r => r.EffectiveIncubatedTarget)
            .Column(l["Platforms:IncubatorsPage.HighTech"], r => r.HighTechCount)
            .Column(l["Platforms:HighTechTarget"], r => r.EffectiveHighTechTarget)
            .WriteAsync(rows, cancellationToken);
}
