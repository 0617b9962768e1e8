using Incubation.Localization;
using Incubation.Platforms;
using Microsoft.Extensions.Localization;

namespace Incubation.Planning.Benefits;

/// <summary>The benefits ledger as .xlsx: the list's rows in its order, then the total of the amounts.</summary>
public sealed class BenefitLedgerWorkbook(IStringLocalizer<IncubationResource> l, TimeProvider clock)
{
    public const string ContentType = LedgerSheet.ContentType;

    public string FileName() => $"benefits-{clock.GetUtcNow():yyyyMMdd}.xlsx";

    public Task<byte[]> WriteAsync(IReadOnlyList<BenefitGrantDto> rows, CancellationToken cancellationToken) =>
        new LedgerSheet<BenefitGrantDto>(l["Benefits:Sheet"])
            .Column(l["Benefits:Number"], (_, i) => i + 1)
            .Column(l["Benefits:GrantedOn"], r => LedgerSheet.Date(r.GrantedOn))
            .Column(l["Benefits:Enterprise"], r => r.EnterpriseName)
            .Column(l["Benefits:Policy"], r => l["Enum:BenefitPolicy." + r.Policy].Value)
            .Column(l["Benefits:Batch"], r => r.Batch)
            .Column(l["Benefits:Amount"], r => r.Amount)
            .Column(l["Benefits:Note"], r => r.Note)
            .WriteAsync(rows, cancellationToken, [l["Benefits:Total"].Value, null, null, null, null, rows.Sum(r => r.Amount), null]);
}
