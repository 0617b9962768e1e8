using Incubation.Data;
using Incubation.Identity;
using Incubation.Incubators;
using Microsoft.EntityFrameworkCore;

namespace Incubation.Lookups;

public sealed class LookupAppService(
    IRepository<SubDistrict> subDistricts,
    IRepository<TechField> techFields,
    IRepository<Incubator> incubators,
    ICurrentUser currentUser) : ILookupAppService
{
    public async Task<IReadOnlyList<SubDistrictDto>> GetSubDistrictsAsync(CancellationToken cancellationToken)
    {
        EnsureSignedIn();
        return await subDistricts.Query().AsNoTracking().OrderBy(s => s.Code)
            .Select(s => new SubDistrictDto(s.Code, s.Name, s.Kind)).ToListAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<TechFieldDto>> GetTechFieldsAsync(CancellationToken cancellationToken)
    {
        EnsureSignedIn();
        return await techFields.Query().AsNoTracking().OrderBy(f => f.Code)
            .Select(f => new TechFieldDto(f.Code, f.Level, f.ParentCode, f.Name)).ToListAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<IncubatorLookupDto>> GetIncubatorsAsync(CancellationToken cancellationToken)
    {
        EnsureSignedIn();
        return await incubators.Query().AsNoTracking().OrderBy(i => i.Name)
            .Select(i => new IncubatorLookupDto(i.Id, i.Name)).ToListAsync(cancellationToken);
    }

    private void EnsureSignedIn()
    {
        if (!currentUser.IsAuthenticated)
        {
            throw new AuthorizationException(authenticated: false);
        }
    }
}
