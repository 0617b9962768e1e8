using Incubation.Data;
using Incubation.Enterprises;
using Incubation.Identity;
using Microsoft.EntityFrameworkCore;
using C = Incubation.Imports.ImportColumnSets.Enterprises;

namespace Incubation.Imports;

/// <summary>
/// Enterprises by credit code: a code already in the registry updates that enterprise (a blank cell keeps the stored
/// value), a new code creates one. Writes go through the aggregate, so the audit log records each change.
/// </summary>
public sealed class EnterpriseRowImporter(
    IEnterpriseRepository enterprises,
    IRepository<Enterprise> trackedEnterprises,
    ICurrentUser currentUser,
    TimeProvider clock) : IRowImporter
{
    private readonly Dictionary<string, int> _rowOfCode = new(StringComparer.Ordinal);

    public ImportKind Kind => ImportKind.Enterprises;

    public IReadOnlyList<ImportColumn> Columns => C.All;

    public Task PrepareAsync(ImportSession session, CancellationToken cancellationToken) => session.Reference.LoadAsync(cancellationToken);

    public async Task ProcessAsync(IReadOnlyList<ImportRecord> batch, ImportSession session, CancellationToken cancellationToken)
    {
        var rows = batch.Select(Read).ToList();
        var codes = rows.Select(r => r.Code).OfType<string>().Distinct().ToList();

        // Every live enterprise holding one of the codes, whatever the caller's scope (a code is unique district-wide) …
        var registered = await enterprises.QueryForVerification()
            .Where(e => codes.Contains(e.UnifiedSocialCreditCode))
            .Select(e => new { e.UnifiedSocialCreditCode, e.Status })
            .ToDictionaryAsync(e => e.UnifiedSocialCreditCode, e => e.Status, StringComparer.Ordinal, cancellationToken);

        // … and those the caller may change, tracked when this run writes.
        var applying = session.Applying;
        var visible = await (applying ? trackedEnterprises.Query() : enterprises.Query())
            .Where(e => codes.Contains(e.UnifiedSocialCreditCode))
            .ToDictionaryAsync(e => e.UnifiedSocialCreditCode, StringComparer.Ordinal, cancellationToken);

        foreach (var row in rows.Where(r => r.Code is not null))
        {
            if (!registered.TryGetValue(row.Code!, out var status))
            {
                Create(row, session);
            }
            else if (status == EnterpriseStatus.PendingVerification)
            {
                row.Record.Fail(ImportColumnSets.CreditCode, "Import:Error.EnterprisePendingVerification");
            }
            else if (!visible.TryGetValue(row.Code!, out var enterprise))
            {
                row.Record.Fail(ImportColumnSets.CreditCode, "Import:Error.EnterpriseOutOfScope");
            }
            else
            {
                Update(enterprise, row, session);
            }
        }
    }

    private Row Read(ImportRecord record)
    {
        var code = record.CreditCode(ImportColumnSets.CreditCode);
        if (code is not null && !_rowOfCode.TryAdd(code, record.RowNumber))
        {
            record.Fail(ImportColumnSets.CreditCode, "Import:Error.DuplicateInFile", _rowOfCode[code]);
            code = null;
        }

        var established = record.Date(C.EstablishedOn);
        if (established is { } date && (date.Year < 1949 || date > ChinaTime.Today(clock)))
        {
            record.Fail(C.EstablishedOn, "Enterprise:EstablishedOnOutOfRange");
        }

        return new Row(record, code)
        {
            Name = record.Text(C.Name),
            SubDistrictCode = record.SubDistrictCode(C.SubDistrict),
            IndustryFieldCode = record.TechFieldCode(C.IndustryField),
            IncubatorId = record.IncubatorId(C.Incubator),
            LegalRepresentative = record.Text(C.LegalRepresentative),
            EstablishedOn = established,
            RegisteredCapital = record.Number(C.RegisteredCapital),
            Address = record.Text(C.Address),
            IsAboveScale = record.Flag(C.IsAboveScale),
            IsSciTechService = record.Flag(C.IsSciTechService),
            Tags = record.Tags(C.Tags),
        };
    }

    private void Create(Row row, ImportSession session)
    {
        row.Record.RequireValue(C.Name);
        row.Record.RequireValue(C.SubDistrict);
        row.Record.RequireValue(C.IndustryField);
        if (row.Record.Failed)
        {
            return;
        }

        var enterprise = new Enterprise(Guid.CreateVersion7(), row.Name!, CreditCode.Create(row.Code), row.SubDistrictCode!, row.IndustryFieldCode!);
        Apply(enterprise, row);
        if (currentUser.DataScope.OfficerId is { } officerId && enterprise.IncubatorId is null)
        {
            enterprise.ResponsibleOfficerId = officerId; // as the registry form does: an officer's new enterprise is theirs
        }

        if (EnsureInScope(enterprise, row))
        {
            session.Report.NewCount++;
            if (session.Applying)
            {
                enterprises.Add(enterprise);
            }
        }
    }

    private void Update(Enterprise enterprise, Row row, ImportSession session)
    {
        if (row.Record.Failed)
        {
            return;
        }

        if (!row.Changes(enterprise))
        {
            session.Report.UnchangedCount++;
            return;
        }

        // Applied to the tracked entity when writing, to a detached copy in a preview (never saved).
        Apply(enterprise, row);
        if (EnsureInScope(enterprise, row))
        {
            session.Report.UpdatedCount++;
        }
    }

    private static void Apply(Enterprise enterprise, Row row)
    {
        if (row.Name is { } name)
        {
            enterprise.Rename(name);
        }

        if (row.SubDistrictCode is { } subDistrict)
        {
            enterprise.MoveTo(subDistrict);
        }

        if (row.IndustryFieldCode is { } field)
        {
            enterprise.ChangeIndustryField(field);
        }

        enterprise.IncubatorId = row.IncubatorId ?? enterprise.IncubatorId;
        enterprise.LegalRepresentative = row.LegalRepresentative ?? enterprise.LegalRepresentative;
        enterprise.EstablishedOn = row.EstablishedOn ?? enterprise.EstablishedOn;
        enterprise.RegisteredCapital = row.RegisteredCapital ?? enterprise.RegisteredCapital;
        enterprise.Address = row.Address ?? enterprise.Address;
        enterprise.IsAboveScale = row.IsAboveScale ?? enterprise.IsAboveScale;
        enterprise.IsSciTechService = row.IsSciTechService ?? enterprise.IsSciTechService;
        if (row.Tags is { } tags)
        {
            enterprise.SetTags(tags);
        }
    }

    /// <summary>A row may not put an enterprise where its importer could no longer see it (as the registry form refuses).</summary>
    private bool EnsureInScope(Enterprise enterprise, Row row)
    {
        if (currentUser.DataScope.Covers(enterprise))
        {
            return true;
        }

        row.Record.Fail(row.SubDistrictCode is not null ? C.SubDistrict : ImportColumnSets.CreditCode, "Import:Error.OutsideYourScope");
        return false;
    }

    private sealed record Row(ImportRecord Record, string? Code)
    {
        public string? Name { get; init; }
        public string? SubDistrictCode { get; init; }
        public string? IndustryFieldCode { get; init; }
        public Guid? IncubatorId { get; init; }
        public string? LegalRepresentative { get; init; }
        public DateOnly? EstablishedOn { get; init; }
        public decimal? RegisteredCapital { get; init; }
        public string? Address { get; init; }
        public bool? IsAboveScale { get; init; }
        public bool? IsSciTechService { get; init; }
        public IReadOnlyList<string>? Tags { get; init; }

        /// <summary>Whether any value the row gives differs from the stored one (blank cells change nothing).</summary>
        public bool Changes(Enterprise e) =>
            Differs(Name, e.Name) || Differs(SubDistrictCode, e.SubDistrictCode) || Differs(IndustryFieldCode, e.IndustryFieldCode)
            || Differs(IncubatorId, e.IncubatorId) || Differs(LegalRepresentative, e.LegalRepresentative) || Differs(EstablishedOn, e.EstablishedOn)
            || Differs(RegisteredCapital, e.RegisteredCapital) || Differs(Address, e.Address) || Differs(IsAboveScale, e.IsAboveScale)
            || Differs(IsSciTechService, e.IsSciTechService) || (Tags is not null && !Tags.SequenceEqual(e.Tags, StringComparer.Ordinal));

        private static bool Differs<T>(T? given, T? stored) => given is not null && !EqualityComparer<T>.Default.Equals(given, stored);
    }
}
