using FluentValidation;
using FluentValidation.Results;
using Incubation.Data;
using Incubation.Files;
using Incubation.Localization;
using Incubation.Permissions;
using Microsoft.Extensions.Localization;

namespace Incubation.Imports;

/// <summary>
/// The import runs: the file is read row by row and checked in batches (one run for the preview, which writes
/// nothing, and one for the commit, which checks the same file again and saves every row in one transaction, or
/// none). Why a second upload rather than a stored one: nothing to clean up, to secure or to lose on a restart, and
/// the commit re-checks against the data as it is then; the fingerprint makes sure it is the file the user saw.
/// </summary>
public sealed class ImportAppService(
    IEnumerable<IRowImporter> importers,
    ImportReferenceData reference,
    ImportTemplateWriter templates,
    IUnitOfWork unitOfWork,
    IPermissionChecker permissions,
    JsonLocalizationStore texts,
    IStringLocalizer<IncubationResource> l,
    TimeProvider clock) : IImportAppService
{
    public async Task<FileDownload> GetTemplateAsync(ImportKind kind, CancellationToken cancellationToken)
    {
        await permissions.CheckAsync(IncubationPermissions.Imports.Default, cancellationToken);
        EnsureKnown(kind);
        return await templates.WriteAsync(kind, cancellationToken);
    }

    public async Task<ImportPreviewDto> PreviewAsync(ImportKind kind, Stream content, CancellationToken cancellationToken)
    {
        await permissions.CheckAsync(IncubationPermissions.Imports.Default, cancellationToken);
        EnsureKnown(kind);
        await using var file = await SeekableFile.OpenAsync(content, cancellationToken);
        var fingerprint = ImportFingerprint.Compute(file.Stream);
        var (session, format) = await RunAsync(kind, file.Stream, commit: false, cancellationToken);
        var report = session.Report;
        return new ImportPreviewDto(kind, fingerprint, format, report.TotalRows, report.NewCount, report.UpdatedCount, report.UnchangedCount,
            report.ErrorCount, report.ErrorRowCount, report.SortedErrors(), report.ErrorsTruncated, session.Header.Ignored);
    }

    public async Task<ImportResultDto> CommitAsync(ImportKind kind, Stream content, string fingerprint, CancellationToken cancellationToken)
    {
        await permissions.CheckAsync(IncubationPermissions.Imports.Default, cancellationToken);
        EnsureKnown(kind);
        await using var file = await SeekableFile.OpenAsync(content, cancellationToken);
        if (!string.Equals(ImportFingerprint.Compute(file.Stream), fingerprint?.Trim(), StringComparison.OrdinalIgnoreCase))
        {
            throw new BusinessException(ImportErrorCodes.FileChanged, 409) { Field = ImportConsts.FingerprintField };
        }

        var (session, _) = await RunAsync(kind, file.Stream, commit: true, cancellationToken);

        var report = session.Report;
        if (report.HasErrors)
        {
            // The data changed since the preview (or none was made): the whole file is refused, row by row.
            throw new ValidationException(report.SortedErrors().Select(e =>
                new ValidationFailure($"rows[{e.RowNumber}].{e.Field}", $"{e.Column}: {e.Message}")));
        }

        try
        {
            await unitOfWork.SaveChangesAsync(cancellationToken);
        }
        catch (DuplicateKeyException)
        {
            // Someone registered one of the codes since the rows were checked: preview again.
            throw new ConcurrencyConflictException();
        }

        return new ImportResultDto(kind, report.TotalRows, report.NewCount, report.UpdatedCount, report.UnchangedCount);
    }

    private async Task<(ImportSession Session, ImportFileFormat Format)> RunAsync(
        ImportKind kind, Stream content, bool commit, CancellationToken cancellationToken)
    {
        var importer = importers.Single(i => i.Kind == kind);
        using var sheet = ImportFileReader.Open(content);
        var header = ImportHeader.Read(sheet.Header, importer.Columns, texts);
        if (header.Missing.Count > 0)
        {
            throw new BusinessException(ImportErrorCodes.MissingColumns, 400, string.Join("、", header.Missing.Select(c => l[c.LabelKey].Value)))
            {
                Field = ImportConsts.FileField,
            };
        }

        var session = new ImportSession(header, reference, l, commit, clock.GetUtcNow().UtcDateTime);
        await importer.PrepareAsync(session, cancellationToken);
        var batch = new List<ImportRecord>(ImportConsts.BatchSize);
        foreach (var row in sheet.Rows)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (header.IsBlank(row))
            {
                continue;
            }

            if (++session.Report.TotalRows > ImportConsts.MaxRows)
            {
                throw new BusinessException(ImportErrorCodes.TooManyRows, 400, ImportConsts.MaxRows) { Field = ImportConsts.FileField };
            }

            batch.Add(session.Record(row));
            if (batch.Count == ImportConsts.BatchSize)
            {
                await importer.ProcessAsync(batch, session, cancellationToken);
                batch.Clear();
            }
        }

        if (batch.Count > 0)
        {
            await importer.ProcessAsync(batch, session, cancellationToken);
        }

        return session.Report.TotalRows == 0
            ? throw new BusinessException(ImportErrorCodes.NoRows, 400) { Field = ImportConsts.FileField }
            : (session, sheet.Format);
    }

    private static void EnsureKnown(ImportKind kind)
    {
        if (!Enum.IsDefined(kind))
        {
            throw new EntityNotFoundException(nameof(ImportKind), kind);
        }
    }
}
