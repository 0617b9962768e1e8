using System.Net;
using Incubation.Auditing;
using Incubation.Certification;
using Incubation.Dtos;
using Incubation.EntityFrameworkCore;
using Incubation.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MiniExcelLibs;
using static Incubation.Platforms.PlatformRequests;

namespace Incubation.Platforms;

/// <summary>Incubators with their counts against targets, on data sets each test builds for its own incubators.</summary>
public class IncubatorApiTests(IncubationWebApplicationFactory factory) : IClassFixture<IncubationWebApplicationFactory>
{
    private readonly TestData _data = new(factory);

    [Fact]
    public async Task Should_count_the_enterprises_incubated_now_and_those_holding_a_valid_high_tech_certificate()
    {
        using var admin = await _data.AdminClientAsync();
        var incubator = await admin.ReadAsync<IncubatorDto>(await admin.PostAsync(IncubatorsUrl, Incubator()));
        var other = await admin.ReadAsync<IncubatorDto>(await admin.PostAsync(IncubatorsUrl, Incubator()));
        var today = Today;

        var validHighTech = await _data.EnterpriseAsync(incubatorId: incubator.Id);
        await QualificationAsync(factory, validHighTech.Id, QualificationKind.HighTech, today.AddYears(-1), today.AddYears(2));
        await QualificationAsync(factory, validHighTech.Id, QualificationKind.HighTech, today.AddYears(-4), today.AddYears(-1)); // an old one too: counted once
        var expiresToday = await _data.EnterpriseAsync(incubatorId: incubator.Id, subDistrictCode: TestData.SubDistrictB);
        await QualificationAsync(factory, expiresToday.Id, QualificationKind.HighTech, today.AddYears(-3), today); // the last day still counts
        var expired = await _data.EnterpriseAsync(incubatorId: incubator.Id);
        await QualificationAsync(factory, expired.Id, QualificationKind.HighTech, today.AddYears(-3), today.AddDays(-1));
        var techSmeOnly = await _data.EnterpriseAsync(incubatorId: incubator.Id);
        await QualificationAsync(factory, techSmeOnly.Id, QualificationKind.TechSme, today.AddMonths(-1), today.AddMonths(11));
        var notYetIssued = await _data.EnterpriseAsync(incubatorId: incubator.Id);
        await QualificationAsync(factory, notYetIssued.Id, QualificationKind.HighTech, today.AddDays(1), today.AddYears(3));
        var deleted = await _data.EnterpriseAsync(incubatorId: incubator.Id);
        await QualificationAsync(factory, deleted.Id, QualificationKind.HighTech, today.AddYears(-1), today.AddYears(2));
        await DeleteEnterpriseAsync(factory, deleted.Id);
        var elsewhere = await _data.EnterpriseAsync(incubatorId: other.Id);
        await QualificationAsync(factory, elsewhere.Id, QualificationKind.HighTech, today.AddYears(-1), today.AddYears(2));

        var counted = await admin.GetFromJsonAsync<IncubatorDto>($"{IncubatorsUrl}/{incubator.Id}");
        Assert.Equal((5, 2), (counted.IncubatedCount, counted.HighTechCount));
        Assert.Equal((PlatformConsts.PlanBaseIncubatedTarget, PlatformConsts.PlanBaseHighTechTarget), (counted.EffectiveIncubatedTarget, counted.EffectiveHighTechTarget));
        var elsewhereCounted = await admin.GetFromJsonAsync<IncubatorDto>($"{IncubatorsUrl}/{other.Id}");
        Assert.Equal((1, 1), (elsewhereCounted.IncubatedCount, elsewhereCounted.HighTechCount));

        // The list counts the same in SQL and sorts by the counts.
        var list = await admin.GetFromJsonAsync<PagedResultDto<IncubatorDto>>($"{IncubatorsUrl}?filter={Uri.EscapeDataString(incubator.Name)}&sorting=highTechCount desc");
        var row = Assert.Single(list.Items);
        Assert.Equal((5, 2), (row.IncubatedCount, row.HighTechCount));

        // A street officer counts only the enterprises of their sub-district.
        using var street = await _data.ClientForAsync(IncubationRoles.StreetOfficer, subDistrictCode: TestData.SubDistrictB);
        var scoped = await street.GetFromJsonAsync<IncubatorDto>($"{IncubatorsUrl}/{incubator.Id}");
        Assert.Equal((1, 1), (scoped.IncubatedCount, scoped.HighTechCount));
    }

    [Fact]
    public async Task Should_create_and_change_an_incubator_with_its_kind_level_operator_and_targets()
    {
        using var admin = await _data.AdminClientAsync();
        var created = await admin.ReadAsync<IncubatorDto>(await admin.PostAsync(IncubatorsUrl, Incubator().With("kind", "MakerSpace").With("level", null)));
        Assert.Equal((IncubatorKind.MakerSpace, (PlatformLevel?)null, (int?)null), (created.Kind, created.Level, created.EffectiveIncubatedTarget));

        var changed = await admin.ReadAsync<IncubatorDto>(await admin.PutAsync($"{IncubatorsUrl}/{created.Id}", Incubator(created.Name)
            .With("level", "Provincial").With("incubatedTarget", 40).With("highTechTarget", 12).With("concurrencyStamp", created.ConcurrencyStamp)));

        Assert.Equal((IncubatorKind.InnovationBase, (PlatformLevel?)PlatformLevel.Provincial, "贵阳测试运营有限公司"), (changed.Kind, changed.Level, changed.Operator));
        Assert.Equal(((int?)40, (int?)12, (int?)40, (int?)12), (changed.IncubatedTarget, changed.HighTechTarget, changed.EffectiveIncubatedTarget, changed.EffectiveHighTechTarget));
        Assert.Contains(await admin.GetFromJsonAsync<List<Lookups.IncubatorLookupDto>>("/api/app/lookups/incubators"), i => i.Id == created.Id);
        var audit = await factory.WithServicesAsync(sp => sp.GetRequiredService<IncubationDbContext>().AuditLogs.AsNoTracking()
            .Where(a => a.EntityType == "Incubator" && a.EntityId == created.Id.ToString()).OrderBy(a => a.Time).Select(a => a.ChangeType).ToListAsync());
        Assert.Equal([AuditChangeType.Created, AuditChangeType.Updated], audit);
    }

    [Fact]
    public async Task Should_answer_field_errors_in_chinese_and_409_to_a_stale_stamp()
    {
        using var admin = await _data.AdminClientAsync();
        Assert.Contains("载体名称", await FieldErrorAsync(await admin.PostAsync(IncubatorsUrl, Incubator().With("name", " ")), "name"));
        Assert.Contains("在孵企业目标", await FieldErrorAsync(await admin.PostAsync(IncubatorsUrl, Incubator().With("incubatedTarget", -1)), "incubatedTarget"));
        Assert.Contains("培育高企目标", await FieldErrorAsync(await admin.PostAsync(IncubatorsUrl, Incubator().With("highTechTarget", 100_001)), "highTechTarget"));
        Assert.Contains("所选街道（镇）不存在", await FieldErrorAsync(await admin.PostAsync(IncubatorsUrl, Incubator().With("subDistrictCode", "000000000")), "subDistrictCode"));
        Assert.Contains("载体类型", await FieldErrorAsync(await admin.PostAsync(IncubatorsUrl, Incubator().With("kind", 7)), "kind"));

        var created = await admin.ReadAsync<IncubatorDto>(await admin.PostAsync(IncubatorsUrl, Incubator()));
        await admin.ReadAsync<IncubatorDto>(await admin.PutAsync($"{IncubatorsUrl}/{created.Id}", Incubator("新名称 " + created.Name).With("concurrencyStamp", created.ConcurrencyStamp)));
        using var stale = await admin.PutAsync($"{IncubatorsUrl}/{created.Id}", Incubator("旧名称 " + created.Name).With("concurrencyStamp", created.ConcurrencyStamp));
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.StartsWith("新名称", (await admin.GetFromJsonAsync<IncubatorDto>($"{IncubatorsUrl}/{created.Id}")).Name, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_export_the_filtered_incubators_with_their_counts_and_targets()
    {
        using var admin = await _data.AdminClientAsync();
        var marker = "导出载体" + Guid.NewGuid().ToString("N")[..8];
        var incubator = await admin.ReadAsync<IncubatorDto>(await admin.PostAsync(IncubatorsUrl, Incubator(marker + "基地")));
        await admin.ReadAsync<IncubatorDto>(await admin.PostAsync(IncubatorsUrl, Incubator(marker + "空间").With("kind", "MakerSpace")));
        await _data.EnterpriseAsync(incubatorId: incubator.Id);

        using var response = await admin.GetAsync($"{IncubatorsUrl}/export?filter={marker}&kind=InnovationBase");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await using var stream = await response.Content.ReadAsStreamAsync();
        var row = Assert.Single((await stream.QueryAsync(useHeaderRow: true)).Cast<IDictionary<string, object?>>());
        Assert.Equal(marker + "基地", row["载体名称"]);
        Assert.Equal("孵化基地", row["载体类型"]);
        Assert.Equal(1m, Convert.ToDecimal(row["在孵企业"], System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(30m, Convert.ToDecimal(row["在孵企业目标"], System.Globalization.CultureInfo.InvariantCulture));
    }
}
