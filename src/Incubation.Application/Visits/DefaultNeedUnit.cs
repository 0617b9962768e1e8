using Incubation.Data;
using Incubation.Lookups;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;

namespace Incubation.Visits;

/// <summary>
/// The bureau's own unit (区科学技术局): where a need an enterprise raises without choosing a unit lands, for the
/// bureau to transfer. Found by name, as units are seeded by name from the reference list.
/// </summary>
public sealed class DefaultNeedUnit(IRepository<ResponsibleUnit> units, IConfiguration configuration)
{
    /// <summary>The unit's id, or null when no unit of that name exists (a misconfiguration the caller reports).</summary>
    public async Task<Guid?> FindIdAsync(CancellationToken cancellationToken)
    {
        var name = Name;
        return await units.Query().AsNoTracking().Where(u => u.Name == name).Select(u => (Guid?)u.Id).FirstOrDefaultAsync(cancellationToken);
    }

    private string Name =>
        configuration[NeedConsts.DefaultUnitSetting] is { } configured && !string.IsNullOrWhiteSpace(configured)
            ? configured.Trim()
            : ReferenceData.ResponsibleUnits().First(u => u.Kind == NeedConsts.BureauUnitKind).Name;
}
