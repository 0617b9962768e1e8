using Incubation.Localization;
using Microsoft.Extensions.Localization;

namespace Incubation.Imports;

/// <summary>One run over one file: its header, the report, the reference data, and whether it writes.</summary>
public sealed class ImportSession(
    ImportHeader header, ImportReferenceData reference, IStringLocalizer<IncubationResource> localizer, bool commit, DateTime now)
{
    public ImportHeader Header { get; } = header;
    public ImportReferenceData Reference { get; } = reference;
    public IStringLocalizer<IncubationResource> L { get; } = localizer;
    public ImportReport Report { get; } = new();
    public DateTime Now { get; } = now;

    /// <summary>A commit run writes while every row so far is clean; after the first error the rest is only checked.</summary>
    public bool Applying => commit && !Report.HasErrors;

    public ImportRecord Record(ImportRow row) => new(row, this);

    public string Title(ImportColumn column) => Header.TitleOf(column, key => L[key]);
}
