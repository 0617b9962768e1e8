using Incubation.Data;
using Incubation.Identity;
using Incubation.Lookups;
using Microsoft.Extensions.DependencyInjection;

namespace Incubation.Visits;

/// <summary>Arranges units and needs for the visits tests (each test gets its own unit, so counts are its own).</summary>
internal sealed class VisitTestData(ApplicationTestFactory factory)
{
    private readonly TestData _data = new(factory);

    public Task<ResponsibleUnit> UnitAsync() =>
        factory.WithServicesAsync(async sp =>
        {
            var unit = new ResponsibleUnit(Guid.CreateVersion7(), "Unit " + Guid.NewGuid().ToString("N")[..8], "bureau");
            sp.GetRequiredService<IRepository<ResponsibleUnit>>().Add(unit);
            await sp.GetRequiredService<IUnitOfWork>().SaveChangesAsync(CancellationToken.None);
            return unit;
        });

    public Task<AppUser> UnitOfficerAsync(Guid unitId) => _data.UserAsync(IncubationRoles.UnitOfficer, unitId: unitId);

    public Task<AppUser> AdminAsync() => _data.UserAsync(IncubationRoles.BureauAdmin);

    public async Task<NeedDto> RaiseAsync(AppUser admin, Guid unitId, NeedCategory category = NeedCategory.Policy)
    {
        var enterprise = await _data.EnterpriseAsync();
        return await factory.AsUserAsync(admin, IncubationRoles.BureauAdmin, sp => sp.GetRequiredService<INeedAppService>().CreateAsync(
            new CreateNeedDto { EnterpriseId = enterprise.Id, Category = category, Description = "需要政策解读", ResponsibleUnitId = unitId },
            CancellationToken.None));
    }

    public Task<NeedDto> ActAsync(AppUser user, string role, NeedDto need, NeedAction action, string? text = null, int? rating = null) =>
        factory.AsUserAsync(user, role, sp => sp.GetRequiredService<INeedAppService>().ActAsync(need.Id,
            new NeedActionDto { Action = action, ConcurrencyStamp = need.ConcurrencyStamp, Text = text, Rating = rating }, CancellationToken.None));
}
