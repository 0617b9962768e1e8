using FluentValidation;
using Incubation.Certification;
using Incubation.Data;
using Incubation.Enterprises;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using C = Incubation.Imports.ImportColumnSets.Qualifications;

namespace Incubation.Imports;

/// <summary>
/// Qualifications by credit code, kind and certificate number: a certificate already recorded is corrected (its dates,
/// its issuing body), a new one is added as entered by the bureau. A blank expiry takes the rules' default validity,
/// as the form does; each row is checked by the form's own validator.
/// </summary>
public sealed class QualificationRowImporter(
    IEnterpriseRepository enterprises,
    IRepository<Qualification> qualifications,
    IConfiguration configuration,
    IValidator<CreateQualificationDto> validator) : IRowImporter
{
    private readonly Dictionary<(string Code, QualificationKind Kind, string Number), int> _rowOfKey = [];

    public ImportKind Kind => ImportKind.Qualifications;

    public IReadOnlyList<ImportColumn> Columns => C.All;

    public Task PrepareAsync(ImportSession session, CancellationToken cancellationToken) => session.Reference.LoadAsync(cancellationToken);

    public async Task ProcessAsync(IReadOnlyList<ImportRecord> batch, ImportSession session, CancellationToken cancellationToken)
    {
        var rows = batch.Select(Read).Where(r => r.Code is not null && r.Kind is not null && r.Number is not null).ToList();
        var codes = rows.Select(r => r.Code!).Distinct().ToList();
        var enterpriseIds = await enterprises.Query() // the caller's scope: an enterprise they cannot see is unknown
            .Where(e => codes.Contains(e.UnifiedSocialCreditCode))
            .Select(e => new { e.UnifiedSocialCreditCode, e.Id })
            .ToDictionaryAsync(e => e.UnifiedSocialCreditCode, e => e.Id, StringComparer.Ordinal, cancellationToken);

        var ids = enterpriseIds.Values.ToList();
        var numbers = rows.Select(r => r.Number!).Distinct().ToList();
        var query = qualifications.Query().Where(q => ids.Contains(q.EnterpriseId) && numbers.Contains(q.CertificateNumber));
        var stored = (await (session.Applying ? query : query.AsNoTracking()).ToListAsync(cancellationToken))
            .GroupBy(q => (q.EnterpriseId, q.Kind, q.CertificateNumber))
            .ToDictionary(g => g.Key, g => g.First());

        var techSmeValidUntil = configuration[QualificationConsts.TechSmeValidUntilSetting] ?? QualificationConsts.DefaultTechSmeValidUntil;
        foreach (var row in rows)
        {
            if (!enterpriseIds.TryGetValue(row.Code!, out var enterpriseId))
            {
                row.Record.Fail(ImportColumnSets.CreditCode, "Import:Error.UnknownEnterprise");
                continue;
            }

            var kind = row.Kind!.Value;
            var expiresOn = row.ExpiresOn ?? (row.IssuedOn is { } issued ? QualificationValidity.DefaultExpiry(kind, issued, techSmeValidUntil) : null);
            if (!IsValid(row, expiresOn) || row.Record.Failed)
            {
                continue;
            }

            var existing = stored.GetValueOrDefault((enterpriseId, kind, row.Number!));
            if (existing is null)
            {
                session.Report.NewCount++;
                if (session.Applying)
                {
                    var added = new Qualification(enterpriseId, kind, row.Number!, row.IssuedOn!.Value, expiresOn!.Value, QualificationSources.Bureau);
                    added.Describe(Qualification.DefaultLevel(kind), row.IssuingBody, []);
                    qualifications.Add(added);
                }
            }
            else if (existing.IssuedOn == row.IssuedOn && existing.ExpiresOn == expiresOn && (row.IssuingBody is null || row.IssuingBody == existing.IssuingBody))
            {
                session.Report.UnchangedCount++;
            }
            else
            {
                session.Report.UpdatedCount++;
                if (session.Applying)
                {
                    existing.ChangeValidity(row.IssuedOn!.Value, expiresOn!.Value);
                    existing.Describe(existing.Level, row.IssuingBody ?? existing.IssuingBody, existing.DocumentFileIds);
                }
            }
        }
    }

    private Row Read(ImportRecord record)
    {
        var code = record.CreditCode(ImportColumnSets.CreditCode);
        var kind = record.Kind(C.Kind);
        var number = record.Text(C.CertificateNumber);
        if (code is not null && kind is { } k && number is not null && !_rowOfKey.TryAdd((code, k, number), record.RowNumber))
        {
            record.Fail(C.CertificateNumber, "Import:Error.DuplicateCertificateInFile", _rowOfKey[(code, k, number)]);
            code = null;
        }

        return new Row(record, code, kind, number, record.Date(C.IssuedOn), record.Date(C.ExpiresOn), record.Text(C.IssuingBody));
    }

    /// <summary>The form's rules (issued not in the future, expiry after issue …); each failure lands on its column.</summary>
    private bool IsValid(Row row, DateOnly? expiresOn)
    {
        if (row.IssuedOn is not { } issuedOn)
        {
            return false; // blank or not a date: already reported
        }

        var input = new CreateQualificationDto
        {
            Kind = row.Kind!.Value,
            CertificateNumber = row.Number!,
            IssuedOn = issuedOn,
            ExpiresOn = expiresOn,
            IssuingBody = row.IssuingBody,
        };
        var result = validator.Validate(input);
        foreach (var failure in result.Errors)
        {
            var column = C.All.FirstOrDefault(c => string.Equals(c.Field, failure.PropertyName, StringComparison.OrdinalIgnoreCase)) ?? C.IssuedOn;
            row.Record.FailWith(column, failure.ErrorMessage);
        }

        return result.IsValid;
    }

    private sealed record Row(
        ImportRecord Record, string? Code, QualificationKind? Kind, string? Number, DateOnly? IssuedOn, DateOnly? ExpiresOn, string? IssuingBody);
}
