using System.Text;
using Incubation.Certification;
using Incubation.Data;
using Incubation.Incubators;
using Incubation.Localization;
using Incubation.Lookups;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Incubation.Imports;

/// <summary>The result of finding a reference by name: found, not found, or more than one with that name.</summary>
public abstract record ReferenceMatch<T>
{
    public sealed record Found(T Value) : ReferenceMatch<T>;

    public sealed record Ambiguous : ReferenceMatch<T>;

    public sealed record None : ReferenceMatch<T>;
}

/// <summary>
/// The small reference tables (sub-districts, tech fields, incubators, qualification kinds) read once per import into
/// dictionaries, so a row is checked without a query. Names are compared without spaces and with full-width folded.
/// </summary>
public sealed class ImportReferenceData(
    IRepository<SubDistrict> subDistricts,
    IRepository<TechField> techFields,
    IRepository<Incubator> incubators,
    JsonLocalizationStore texts)
{
    private readonly Dictionary<string, string> _subDistricts = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _techFields = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<Guid>> _incubators = new(StringComparer.Ordinal);
    private readonly Dictionary<string, QualificationKind> _kinds = new(StringComparer.Ordinal);

    public IReadOnlyList<(string Code, string Name)> SubDistricts { get; private set; } = [];
    public IReadOnlyList<(string Code, string Name)> LeafTechFields { get; private set; } = [];

    private bool _loaded;

    public async Task LoadAsync(CancellationToken cancellationToken)
    {
        if (_loaded)
        {
            return;
        }

        _loaded = true;
        SubDistricts = (await subDistricts.Query().AsNoTracking().OrderBy(s => s.Code).Select(s => new { s.Code, s.Name }).ToListAsync(cancellationToken))
            .Select(s => (s.Code, s.Name)).ToList();
        foreach (var (code, name) in SubDistricts)
        {
            _subDistricts[Key(code)] = code;
            _subDistricts.TryAdd(Key(name), code);
        }

        // Enterprises take a third-level field: a first- or second-level code is not found here.
        LeafTechFields = (await techFields.Query().AsNoTracking().Where(f => f.Level == TechField.LeafLevel).OrderBy(f => f.Code)
                .Select(f => new { f.Code, f.Name }).ToListAsync(cancellationToken))
            .Select(f => (f.Code, f.Name)).ToList();
        foreach (var (code, name) in LeafTechFields)
        {
            _techFields[Key(code)] = code;
            _techFields.TryAdd(Key(name), code);
        }

        foreach (var incubator in await incubators.Query().AsNoTracking().Select(i => new { i.Id, i.Name }).ToListAsync(cancellationToken))
        {
            var key = Key(incubator.Name);
            if (!_incubators.TryGetValue(key, out var ids))
            {
                _incubators[key] = ids = [];
            }

            ids.Add(incubator.Id);
        }

        foreach (var kind in Enum.GetValues<QualificationKind>())
        {
            _kinds[Key(kind.ToString())] = kind;
            foreach (var culture in texts.Cultures)
            {
                if (texts.GetAll(culture).TryGetValue("Enum:QualificationKind." + kind, out var name))
                {
                    _kinds.TryAdd(Key(name), kind);
                }
            }
        }
    }

    /// <summary>A sub-district by its 9-digit code or its name.</summary>
    public string? SubDistrictCode(string text) => _subDistricts.GetValueOrDefault(Key(text));

    /// <summary>A third-level tech field by its code or its name.</summary>
    public string? TechFieldCode(string text) => _techFields.GetValueOrDefault(Key(text));

    public ReferenceMatch<Guid> Incubator(string name) => _incubators.TryGetValue(Key(name), out var ids)
        ? ids.Count == 1 ? new ReferenceMatch<Guid>.Found(ids[0]) : new ReferenceMatch<Guid>.Ambiguous()
        : new ReferenceMatch<Guid>.None();

    public QualificationKind? QualificationKind(string text) => _kinds.TryGetValue(Key(text), out var kind) ? kind : null;

    /// <summary>The kinds' names in the user's language, for the error that lists what is accepted.</summary>
    public string QualificationKindNames(IStringLocalizer<IncubationResource> l) =>
        string.Join("、", Enum.GetValues<QualificationKind>().Select(k => l["Enum:QualificationKind." + k].Value));

    /// <summary>Quotes are left out of names: 专精特新"小巨人"企业 and 专精特新小巨人企业 are one kind.</summary>
    private const string Quotes = "\"'“”‘’「」";

    private static string Key(string text)
    {
        var folded = text.Normalize(NormalizationForm.FormKC);
        var builder = new StringBuilder(folded.Length);
        foreach (var c in folded.Where(c => !char.IsWhiteSpace(c) && !Quotes.Contains(c)))
        {
            builder.Append(char.ToLowerInvariant(c));
        }

        return builder.ToString();
    }
}
