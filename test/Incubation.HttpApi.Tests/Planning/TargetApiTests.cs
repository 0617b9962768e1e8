using System.Net;
using System.Text.Json;
using Incubation.Auditing;
using Incubation.EntityFrameworkCore;
using Incubation.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Incubation.Planning;

public class TargetApiTests(IncubationWebApplicationFactory factory) : IClassFixture<IncubationWebApplicationFactory>
{
    private const string Url = "/api/app/planning/targets";
    private readonly TestData _data = new(factory);

    [Fact]
    public async Task Should_seed_the_plans_targets_and_let_the_bureau_change_one()
    {
        using var admin = await _data.AdminClientAsync();
        var targets = await admin.GetFromJsonAsync<List<TargetDto>>(Url);
        Assert.Equal(Enum.GetValues<Indicator>().Length, targets.Count);
        var talent = targets.Single(t => t.Indicator == Indicator.TechTalent);
        Assert.Equal((2022, 12_000m, 2025, 20_000m, IndicatorUnit.People), (talent.BaselineYear, talent.BaselineValue, talent.TargetYear, talent.TargetValue, talent.Unit));

        var changed = await admin.ReadAsync<TargetDto>(await admin.PutAsync($"{Url}/{talent.Id}",
            new UpdateTargetDto { BaselineYear = 2025, BaselineValue = 15_000m, TargetYear = 2027, TargetValue = 25_000m, Note = "十五五", ConcurrencyStamp = talent.ConcurrencyStamp }));

        Assert.Equal((2025, 15_000m, 2027, 25_000m, "十五五"), (changed.BaselineYear, changed.BaselineValue, changed.TargetYear, changed.TargetValue, changed.Note));
        var dashboard = await admin.GetFromJsonAsync<DashboardDto>("/api/app/planning/dashboard?asOf=2026-06-30");
        Assert.Equal(2027, dashboard.Indicators.Single(i => i.Indicator == Indicator.TechTalent).TargetYear);
        var audit = await factory.WithServicesAsync(sp => sp.GetRequiredService<IncubationDbContext>().AuditLogs.AsNoTracking()
            .Where(a => a.EntityId == talent.Id.ToString() && a.ChangeType == AuditChangeType.Updated).ToListAsync());
        var entry = Assert.Single(audit);
        Assert.Equal("admin", entry.UserName);
        var change = JsonDocument.Parse(entry.Changes).RootElement.EnumerateArray().Single(c => c.GetProperty("property").GetString() == "TargetValue");
        Assert.Equal(25_000m, decimal.Parse(change.GetProperty("newValue").ToString(), System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task Should_answer_409_to_a_stale_edit_and_400_to_a_bad_one()
    {
        using var admin = await _data.AdminClientAsync();
        var target = (await admin.GetFromJsonAsync<List<TargetDto>>(Url)).Single(t => t.Indicator == Indicator.InnovationPlatforms);
        using var first = await admin.PutAsync($"{Url}/{target.Id}", Edit(target, 60m));
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);

        using var stale = await admin.PutAsync($"{Url}/{target.Id}", Edit(target, 70m));
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);

        var current = (await admin.GetFromJsonAsync<List<TargetDto>>(Url)).Single(t => t.Id == target.Id);
        Assert.Equal(60m, current.TargetValue);
        using var bad = await admin.PutAsync($"{Url}/{target.Id}", new UpdateTargetDto
        {
            BaselineYear = 2030, BaselineValue = null, TargetYear = 2025, TargetValue = -1, ConcurrencyStamp = current.ConcurrencyStamp,
        });
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        var body = await bad.Content.ReadAsStringAsync();
        foreach (var field in new[] { "baselineYear", "baselineValue", "targetValue" })
        {
            Assert.Contains($"\"{field}\"", body, StringComparison.Ordinal);
        }

        Assert.Contains("基期年份须早于目标年份", body, StringComparison.Ordinal);
        Assert.Equal(60m, (await admin.GetFromJsonAsync<List<TargetDto>>(Url)).Single(t => t.Id == target.Id).TargetValue);
    }

    [Fact]
    public async Task Should_let_the_leader_read_but_not_change_targets()
    {
        using var leader = await _data.ClientForAsync(IncubationRoles.Leader);
        var target = (await leader.GetFromJsonAsync<List<TargetDto>>(Url)).Single(t => t.Indicator == Indicator.PoolSize);

        using var response = await leader.PutAsync($"{Url}/{target.Id}", Edit(target, 200m));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        using var dashboard = await leader.GetAsync("/api/app/planning/dashboard");
        Assert.Equal(HttpStatusCode.OK, dashboard.StatusCode);
    }

    private static UpdateTargetDto Edit(TargetDto t, decimal value) => new()
    {
        BaselineYear = t.BaselineYear, BaselineValue = t.BaselineValue, TargetYear = t.TargetYear, TargetValue = value, ConcurrencyStamp = t.ConcurrencyStamp,
    };
}
