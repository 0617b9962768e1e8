using System.Reflection;
using FluentValidation;
using FluentValidation.Results;
using Incubation.Data;
using Incubation.Enterprises;
using Incubation.Identity;
using Microsoft.EntityFrameworkCore;
using C = Incubation.Imports.ImportColumnSets.YearlyData;

namespace Incubation.Imports;

/// <summary>
/// Yearly data by credit code and fiscal year. A blank cell keeps the stored figure; the year is then checked by the
/// yearly-data form's validator. The importer holds the bureau's permission to verify and imports its own roster, so
/// each imported year is submitted and verified by the importing user in the same transaction (both steps in the
/// year's history), and its figures count at once as verified by the bureau. A year the enterprise has submitted and
/// that waits for review is refused: the bureau verifies or returns it first, never overwrites it unseen.
/// </summary>
public sealed class YearlyDataRowImporter(
    IEnterpriseRepository enterprises,
    IYearlyDataRepository yearlyData,
    IRepository<YearlyData> trackedYearlyData,
    ICurrentUser currentUser,
    IValidator<UpdateYearlyDataDto> validator) : IRowImporter
{
    private static readonly Dictionary<string, PropertyInfo> FigureProperties = typeof(YearlyFiguresDto).GetProperties()
        .ToDictionary(p => char.ToLowerInvariant(p.Name[0]) + p.Name[1..], StringComparer.Ordinal);

    private readonly Dictionary<(string Code, int Year), int> _rowOfKey = [];

    public ImportKind Kind => ImportKind.YearlyData;

    public IReadOnlyList<ImportColumn> Columns => C.All;

    public Task PrepareAsync(ImportSession session, CancellationToken cancellationToken) => Task.CompletedTask;

    public async Task ProcessAsync(IReadOnlyList<ImportRecord> batch, ImportSession session, CancellationToken cancellationToken)
    {
        var rows = batch.Select(Read).Where(r => r.Code is not null && r.Year is not null).ToList();
        var codes = rows.Select(r => r.Code!).Distinct().ToList();
        var enterpriseIds = await enterprises.Query() // the caller's scope: an enterprise they cannot see is unknown
            .Where(e => codes.Contains(e.UnifiedSocialCreditCode))
            .Select(e => new { e.UnifiedSocialCreditCode, e.Id })
            .ToDictionaryAsync(e => e.UnifiedSocialCreditCode, e => e.Id, StringComparer.Ordinal, cancellationToken);

        var ids = enterpriseIds.Values.ToList();
        var years = rows.Select(r => r.Year!.Value).Distinct().ToList();
        var applying = session.Applying;
        var stored = (await (applying ? trackedYearlyData.Query() : yearlyData.Query())
                .Where(y => ids.Contains(y.EnterpriseId) && years.Contains(y.FiscalYear))
                .ToListAsync(cancellationToken))
            .ToDictionary(y => (y.EnterpriseId, y.FiscalYear));

        var actor = new YearlyDataActor(currentUser.Id, currentUser.UserName, session.Now);
        foreach (var row in rows)
        {
            if (!enterpriseIds.TryGetValue(row.Code!, out var enterpriseId))
            {
                row.Record.Fail(ImportColumnSets.CreditCode, "Import:Error.UnknownEnterprise");
                continue;
            }

            var year = row.Year!.Value;
            var existing = stored.GetValueOrDefault((enterpriseId, year));
            if (existing?.Status == YearlyDataStatus.Submitted)
            {
                row.Record.Fail(C.FiscalYear, "Import:Error.YearlyDataAwaitingReview", year);
                continue;
            }

            var figures = Merge(existing?.GetFigures() ?? YearlyFigures.Empty, row);
            if (!IsValid(figures, row, year) || row.Record.Failed)
            {
                continue;
            }

            if (existing is { Status: YearlyDataStatus.Verified } && existing.GetFigures() == figures)
            {
                session.Report.UnchangedCount++;
                continue;
            }

            if (existing is null)
            {
                session.Report.NewCount++;
            }
            else
            {
                session.Report.UpdatedCount++;
            }

            if (session.Applying)
            {
                Write(existing, enterpriseId, year, figures, actor);
            }
        }
    }

    /// <summary>
    /// The steps a person would take, in order. Each step is stamped a microsecond after the one before (the finest
    /// time every provider keeps), so the history lists them in the order they were taken.
    /// </summary>
    private void Write(YearlyData? existing, Guid enterpriseId, int year, YearlyFigures figures, YearlyDataActor actor)
    {
        var data = existing;
        if (data is null)
        {
            data = new YearlyData(Guid.CreateVersion7(), enterpriseId, year, figures, DataProvenance.EnteredByOfficer, actor.Time);
            trackedYearlyData.Add(data);
        }
        else
        {
            if (data.Status == YearlyDataStatus.Verified)
            {
                data.Reopen(actor);
            }

            data.UpdateDraft(figures, DataProvenance.EnteredByOfficer, actor.Time);
        }

        data.Submit(actor with { Time = actor.Time.AddMicroseconds(1) });
        data.Verify(actor with { Time = actor.Time.AddMicroseconds(2) });
    }

    private Row Read(ImportRecord record)
    {
        var code = record.CreditCode(ImportColumnSets.CreditCode);
        var year = record.WholeNumber(C.FiscalYear);
        if (code is not null && year is { } y && !_rowOfKey.TryAdd((code, y), record.RowNumber))
        {
            record.Fail(C.FiscalYear, "Import:Error.DuplicateYearInFile", _rowOfKey[(code, y)]);
            code = null;
        }

        var figures = new Dictionary<ImportColumn, decimal>();
        foreach (var column in C.Figures)
        {
            var value = column.Type == ImportValueType.WholeNumber ? record.WholeNumber(column) : record.Number(column);
            if (value is { } v)
            {
                figures[column] = v;
            }
        }

        return new Row(record, code, year, figures);
    }

    /// <summary>The stored figures with the row's given ones over them.</summary>
    private static YearlyFigures Merge(YearlyFigures stored, Row row)
    {
        var input = stored.ToInput();
        foreach (var (column, value) in row.Figures)
        {
            var property = FigureProperties[column.Field];
            property.SetValue(input, Nullable.GetUnderlyingType(property.PropertyType) == typeof(int) ? (object)(int)value : value);
        }

        return input.ToFigures();
    }

    /// <summary>The form's rules (ranges, decimals, parts within their whole, the year); each failure lands on its column.</summary>
    private bool IsValid(YearlyFigures figures, Row row, int year)
    {
        var context = new ValidationContext<UpdateYearlyDataDto>(figures.ToInput());
        context.RootContextData[UpdateYearlyDataDtoValidator.FiscalYearKey] = year;
        var result = validator.Validate(context);
        foreach (var failure in result.Errors)
        {
            row.Record.FailWith(ColumnOf(failure), failure.ErrorMessage);
        }

        return result.IsValid;
    }

    private static ImportColumn ColumnOf(ValidationFailure failure)
    {
        var field = failure.PropertyName.Length == 0 ? string.Empty : char.ToLowerInvariant(failure.PropertyName[0]) + failure.PropertyName[1..];
        return C.Figures.FirstOrDefault(c => c.Field == field) ?? C.FiscalYear;
    }

    private sealed record Row(ImportRecord Record, string? Code, int? Year, IReadOnlyDictionary<ImportColumn, decimal> Figures);
}
