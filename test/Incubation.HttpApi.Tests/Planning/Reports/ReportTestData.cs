using Incubation.Data;
using Incubation.Identity;
using Incubation.Lookups;
using Incubation.Planning.KeyTasks;
using Incubation.Visits;
using Microsoft.Extensions.DependencyInjection;

namespace Incubation.Planning.Reports;

/// <summary>
/// Arranges the report tests' world straight through the domain: units of their own (so a test's figures are its
/// own), needs whose every step happens on a chosen day, key tasks given to the test's units.
/// </summary>
internal sealed class ReportTestData(IncubationWebApplicationFactory factory)
{
    public const string KeyTasksApi = "/api/app/key-tasks";
    public const string ReportApi = "/api/app/reports/semi-annual";

    private readonly TestData _data = new(factory);

    public TestData Data => _data;

    /// <summary>A step of a need at 10:00 China time on the given day.</summary>
    public static NeedActor On(DateOnly day) => new(null, "test", ChinaTime.StartOfDayUtc(day).AddHours(10));

    public static DateOnly D(int year, int month, int day) => new(year, month, day);

    public Task<ResponsibleUnit> UnitAsync(string prefix = "测试单位") =>
        factory.WithServicesAsync(async sp =>
        {
            var unit = new ResponsibleUnit(Guid.CreateVersion7(), prefix + Guid.NewGuid().ToString("N")[..6], "bureau");
            sp.GetRequiredService<IRepository<ResponsibleUnit>>().Add(unit);
            await sp.GetRequiredService<IUnitOfWork>().SaveChangesAsync(CancellationToken.None);
            return unit;
        });

    /// <summary>Raises a need at the unit on <paramref name="raisedOn"/>, due on <paramref name="due"/>, then takes <paramref name="steps"/>.</summary>
    public async Task<Guid> NeedAsync(Guid unitId, DateOnly raisedOn, DateOnly due, Action<Need>? steps = null)
    {
        var enterprise = await _data.EnterpriseAsync();
        return await factory.WithServicesAsync(async sp =>
        {
            var need = Need.Raise(enterprise.Id, null, NeedSource.Direct, NeedCategory.Funding, "融资需求 " + raisedOn, false, unitId, raisedOn, due, On(raisedOn));
            steps?.Invoke(need);
            sp.GetRequiredService<IRepository<Need>>().Add(need);
            await sp.GetRequiredService<IUnitOfWork>().SaveChangesAsync(CancellationToken.None);
            return need.Id;
        });
    }

    /// <summary>Gives a seeded key task to the units (lead first) through the API, as the bureau would.</summary>
    public static async Task<KeyTaskDto> AssignAsync(ApiClient admin, int number, params Guid[] unitIds)
    {
        var task = (await admin.GetFromJsonAsync<List<KeyTaskDto>>(KeyTasksApi)).Single(t => t.Number == number);
        return await admin.ReadAsync<KeyTaskDto>(await admin.PutAsync($"{KeyTasksApi}/{task.Id}", new
        {
            task.Section, task.Title, task.Text, task.OtherResponsible, unitIds, task.ConcurrencyStamp,
        }));
    }

    public async Task<ApiClient> UnitOfficerAsync(Guid unitId) =>
        await _data.ClientForAsync(await _data.UserAsync(IncubationRoles.UnitOfficer, unitId: unitId));
}
