using Incubation.Data;
using Incubation.Identity;
using Incubation.Incubators;
using Incubation.Permissions;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Incubation.Lookups;

public sealed class LookupAppService(
    IRepository<SubDistrict> subDistricts,
    IRepository<TechField> techFields,
    IRepository<Incubator> incubators,
    IRepository<ResponsibleUnit> units,
    IRepository<AppUser> users,
    IRepository<AppRole> roles,
    IRepository<IdentityUserRole<Guid>> userRoles,
    IPermissionChecker permissions,
    ICurrentUser currentUser) : ILookupAppService
{
    public const int MaxOfficers = 1000;

    /// <summary>Public reference data: the anonymous sign-up form asks for it too.</summary>
    public async Task<IReadOnlyList<SubDistrictDto>> GetSubDistrictsAsync(CancellationToken cancellationToken)
    {
        return await subDistricts.Query().AsNoTracking().OrderBy(s => s.Code)
            .Select(s => new SubDistrictDto(s.Code, s.Name, s.Kind)).ToListAsync(cancellationToken);
    }

    /// <summary>Public reference data (the official field catalogue), for the sign-up form as well.</summary>
    public async Task<IReadOnlyList<TechFieldDto>> GetTechFieldsAsync(CancellationToken cancellationToken)
    {
        return await techFields.Query().AsNoTracking().OrderBy(f => f.Code)
            .Select(f => new TechFieldDto(f.Code, f.Level, f.ParentCode, f.Name)).ToListAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<IncubatorLookupDto>> GetIncubatorsAsync(CancellationToken cancellationToken)
    {
        EnsureSignedIn();
        return await incubators.Query().AsNoTracking().OrderBy(i => i.Name)
            .Select(i => new IncubatorLookupDto(i.Id, i.Name)).ToListAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<ResponsibleUnitLookupDto>> GetResponsibleUnitsAsync(CancellationToken cancellationToken)
    {
        EnsureSignedIn();
        return await units.Query().AsNoTracking().OrderBy(u => u.Name)
            .Select(u => new ResponsibleUnitLookupDto(u.Id, u.Name, u.Kind)).ToListAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<OfficerLookupDto>> GetOfficersAsync(CancellationToken cancellationToken)
    {
        await permissions.CheckAsync(IncubationPermissions.Cultivation.Default, cancellationToken);
        if (currentUser.DataScope is { All: false, EnterpriseId: not null })
        {
            return []; // an enterprise's own staff never see the list of the bureau's officers
        }

        string[] officerRoles = [IncubationRoles.IncubatorManager, IncubationRoles.StreetOfficer];
        return await (
                from user in users.Query().AsNoTracking()
                join link in userRoles.Query() on user.Id equals link.UserId
                join role in roles.Query() on link.RoleId equals role.Id
                where officerRoles.Contains(role.Name!) && user.IsActive
                select new { user.Id, Name = user.DisplayName ?? user.UserName! })
            .Distinct()
            .OrderBy(o => o.Name)
            .Take(MaxOfficers)
            .Select(o => new OfficerLookupDto(o.Id, o.Name))
            .ToListAsync(cancellationToken);
    }

    private void EnsureSignedIn()
    {
        if (!currentUser.IsAuthenticated)
        {
            throw new AuthorizationException(authenticated: false);
        }
    }
}
