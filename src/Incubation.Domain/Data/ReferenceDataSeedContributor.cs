using Incubation.Lookups;

namespace Incubation.Data;

/// <summary>Sub-districts, tech fields and responsible units from the shared reference files; updates in place.</summary>
public sealed class ReferenceDataSeedContributor(
    IRepository<SubDistrict> subDistricts,
    IRepository<TechField> techFields,
    IRepository<ResponsibleUnit> units,
    IUnitOfWork unitOfWork) : IDataSeedContributor
{
    public int Order => 0;

    public async Task SeedAsync(DataSeedContext context, CancellationToken cancellationToken)
    {
        var knownDistricts = subDistricts.Query().ToDictionary(s => s.Code);
        foreach (var row in ReferenceData.SubDistricts())
        {
            if (knownDistricts.TryGetValue(row.Code, out var existing))
            {
                existing.Update(row.Name, row.Kind);
            }
            else
            {
                subDistricts.Add(new SubDistrict(row.Code, row.Name, row.Kind));
            }
        }

        var knownFields = techFields.Query().ToDictionary(f => f.Code);
        foreach (var row in ReferenceData.TechFields())
        {
            if (knownFields.TryGetValue(row.Code, out var existing))
            {
                existing.Update(row.Level, row.ParentCode, row.Name);
            }
            else
            {
                techFields.Add(new TechField(row.Code, row.Level, row.ParentCode, row.Name));
            }
        }

        var knownUnits = units.Query().Select(u => u.Name).ToHashSet(StringComparer.Ordinal);
        foreach (var row in ReferenceData.ResponsibleUnits().Where(r => !knownUnits.Contains(r.Name)))
        {
            units.Add(new ResponsibleUnit(Guid.CreateVersion7(), row.Name, row.Kind));
        }

        await unitOfWork.SaveChangesAsync(cancellationToken);
    }
}
