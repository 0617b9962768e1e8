using System.Globalization;
using System.Net;
using Incubation.Auditing;
using Incubation.EntityFrameworkCore;
using Incubation.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MiniExcelLibs;
using static Incubation.Platforms.PlatformRequests;

namespace Incubation.Planning.Benefits;

/// <summary>The benefits ledger through the API; each test works on enterprises it creates itself.</summary>
public class BenefitApiTests(IncubationWebApplicationFactory factory) : IClassFixture<IncubationWebApplicationFactory>
{
    private const string Api = "/api/app/benefits";
    private readonly TestData _data = new(factory);

    private static Dictionary<string, object?> Grant(Guid enterpriseId, decimal amount = 50000m, string policy = "PoolCultivationFund", DateOnly? grantedOn = null) => new()
    {
        ["enterpriseId"] = enterpriseId,
        ["policy"] = policy,
        ["batch"] = "2024 年第一批",
        ["amount"] = amount,
        ["grantedOn"] = Day(grantedOn ?? Today.AddDays(-10)),
        ["note"] = null,
    };

    [Fact]
    public async Task Should_record_change_and_list_an_enterprises_grants_with_the_total_of_every_filtered_row()
    {
        var enterprise = await _data.EnterpriseAsync(name: "受益企业 " + Guid.NewGuid().ToString("N")[..6]);
        var other = await _data.EnterpriseAsync();
        using var admin = await _data.AdminClientAsync();
        var first = await admin.ReadAsync<BenefitGrantDto>(await admin.PostAsync(Api, Grant(enterprise.Id, 50000m)));
        await admin.ReadAsync<BenefitGrantDto>(await admin.PostAsync(Api, Grant(enterprise.Id, 200000.25m, "HighTechAward")));
        await admin.ReadAsync<BenefitGrantDto>(await admin.PostAsync(Api, Grant(enterprise.Id, 30000m, grantedOn: new DateOnly(2023, 5, 1))));
        await admin.ReadAsync<BenefitGrantDto>(await admin.PostAsync(Api, Grant(other.Id, 999m)));
        Assert.Equal((enterprise.Name, BenefitPolicy.PoolCultivationFund, "2024 年第一批"), (first.EnterpriseName, first.Policy, first.Batch));

        // One row per page, but the total covers every row the filters select.
        var page = await admin.GetFromJsonAsync<BenefitLedgerPageDto>($"{Api}?enterpriseId={enterprise.Id}&maxResultCount=1&sorting=amount desc");
        Assert.Equal((3L, 280000.25m), (page.TotalCount, page.TotalAmount));
        Assert.Equal(200000.25m, Assert.Single(page.Items).Amount);
        var byPolicy = await admin.GetFromJsonAsync<BenefitLedgerPageDto>($"{Api}?enterpriseId={enterprise.Id}&policy=PoolCultivationFund");
        Assert.Equal((2L, 80000m), (byPolicy.TotalCount, byPolicy.TotalAmount));
        var byYear = await admin.GetFromJsonAsync<BenefitLedgerPageDto>($"{Api}?enterpriseId={enterprise.Id}&year=2023");
        Assert.Equal((1L, 30000m), (byYear.TotalCount, byYear.TotalAmount));

        var changed = await admin.ReadAsync<BenefitGrantDto>(await admin.PutAsync($"{Api}/{first.Id}", new
        {
            policy = "RdSubsidy", batch = "2024 年第二批", amount = 60000m, grantedOn = Day(Today.AddDays(-1)), note = "补发", concurrencyStamp = first.ConcurrencyStamp,
        }));
        Assert.Equal((BenefitPolicy.RdSubsidy, 60000m, "补发", enterprise.Id), (changed.Policy, changed.Amount, changed.Note, changed.EnterpriseId));
        Assert.Equal(changed, await admin.GetFromJsonAsync<BenefitGrantDto>($"{Api}/{first.Id}"));
    }

    [Fact]
    public async Task Should_soft_delete_a_grant_out_of_the_list_and_its_total_and_audit_it()
    {
        var enterprise = await _data.EnterpriseAsync();
        using var admin = await _data.AdminClientAsync();
        var kept = await admin.ReadAsync<BenefitGrantDto>(await admin.PostAsync(Api, Grant(enterprise.Id, 100m)));
        var removed = await admin.ReadAsync<BenefitGrantDto>(await admin.PostAsync(Api, Grant(enterprise.Id, 900m)));

        using var deleted = await admin.DeleteAsync($"{Api}/{removed.Id}");

        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        var page = await admin.GetFromJsonAsync<BenefitLedgerPageDto>($"{Api}?enterpriseId={enterprise.Id}");
        Assert.Equal((1L, 100m, kept.Id), (page.TotalCount, page.TotalAmount, Assert.Single(page.Items).Id));
        using var gone = await admin.GetAsync($"{Api}/{removed.Id}");
        Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
        var (isDeleted, audit) = await factory.WithServicesAsync(async sp =>
        {
            var db = sp.GetRequiredService<IncubationDbContext>();
            return (await db.Set<BenefitGrant>().IgnoreQueryFilters().AnyAsync(g => g.Id == removed.Id && g.IsDeleted),
                await db.AuditLogs.AsNoTracking().Where(a => a.EntityType == nameof(BenefitGrant) && a.EntityId == removed.Id.ToString())
                    .OrderBy(a => a.Time).Select(a => a.ChangeType).ToListAsync());
        });
        Assert.True(isDeleted);
        Assert.Equal([AuditChangeType.Created, AuditChangeType.Deleted], audit);
    }

    [Fact]
    public async Task Should_answer_field_errors_in_chinese_for_each_rule_and_write_nothing()
    {
        var enterprise = await _data.EnterpriseAsync();
        using var admin = await _data.AdminClientAsync();

        Assert.Contains("金额", await FieldErrorAsync(await admin.PostAsync(Api, Grant(enterprise.Id, -0.01m)), "amount"));
        Assert.Contains("金额", await FieldErrorAsync(await admin.PostAsync(Api, Grant(enterprise.Id, 100_000_000.01m)), "amount"));
        Assert.Contains("金额", await FieldErrorAsync(await admin.PostAsync(Api, Grant(enterprise.Id, 10.001m)), "amount"));
        Assert.Contains("发放日期不能晚于今天", await FieldErrorAsync(await admin.PostAsync(Api, Grant(enterprise.Id, grantedOn: Today.AddDays(1))), "grantedOn"));
        Assert.Contains("不能早于 2000 年", await FieldErrorAsync(await admin.PostAsync(Api, Grant(enterprise.Id, grantedOn: new DateOnly(1999, 12, 31))), "grantedOn"));
        Assert.Contains("不存在", await FieldErrorAsync(await admin.PostAsync(Api, Grant(Guid.NewGuid())), "enterpriseId"));
        Assert.Contains("批次", await FieldErrorAsync(await admin.PostAsync(Api, Grant(enterprise.Id).With("batch", new string('批', 101))), "batch"));
        Assert.Contains("政策", await FieldErrorAsync(await admin.PostAsync(Api, Grant(enterprise.Id).With("policy", 77)), "policy"));
        Assert.Contains("年度", await FieldErrorAsync(await admin.GetAsync($"{Api}?year=1990"), "year"));
        Assert.Contains("每页条数", await FieldErrorAsync(await admin.GetAsync($"{Api}?maxResultCount=1000"), "maxResultCount"));

        Assert.False(await factory.WithServicesAsync(sp => sp.GetRequiredService<IncubationDbContext>().Set<BenefitGrant>()
            .IgnoreQueryFilters().AnyAsync(g => g.EnterpriseId == enterprise.Id)));
    }

    [Fact]
    public async Task Should_answer_409_to_a_stale_concurrency_stamp()
    {
        var enterprise = await _data.EnterpriseAsync();
        using var admin = await _data.AdminClientAsync();
        var created = await admin.ReadAsync<BenefitGrantDto>(await admin.PostAsync(Api, Grant(enterprise.Id)));
        object Change(decimal amount) => new { policy = "Other", amount, grantedOn = Day(Today), concurrencyStamp = created.ConcurrencyStamp };
        await admin.ReadAsync<BenefitGrantDto>(await admin.PutAsync($"{Api}/{created.Id}", Change(1m)));

        using var stale = await admin.PutAsync($"{Api}/{created.Id}", Change(2m));

        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Equal(1m, (await admin.GetFromJsonAsync<BenefitGrantDto>($"{Api}/{created.Id}")).Amount);
    }

    [Fact]
    public async Task Should_let_the_leader_read_the_ledger_and_refuse_a_grant_for_an_enterprise_outside_the_scope()
    {
        var enterprise = await _data.EnterpriseAsync();
        using var admin = await _data.AdminClientAsync();
        var grant = await admin.ReadAsync<BenefitGrantDto>(await admin.PostAsync(Api, Grant(enterprise.Id, 123m)));
        using var leader = await _data.ClientForAsync(IncubationRoles.Leader);

        var seen = await leader.GetFromJsonAsync<BenefitLedgerPageDto>($"{Api}?enterpriseId={enterprise.Id}");
        Assert.Equal(grant.Id, Assert.Single(seen.Items).Id);
        using var refused = await leader.PostAsync(Api, Grant(enterprise.Id));
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
    }

    [Fact]
    public async Task Should_export_the_filtered_ledger_with_its_total()
    {
        var enterprise = await _data.EnterpriseAsync(name: "导出资金企业 " + Guid.NewGuid().ToString("N")[..6]);
        using var admin = await _data.AdminClientAsync();
        await admin.ReadAsync<BenefitGrantDto>(await admin.PostAsync(Api, Grant(enterprise.Id, 100000m, "HighTechAward", Today.AddDays(-2))));
        await admin.ReadAsync<BenefitGrantDto>(await admin.PostAsync(Api, Grant(enterprise.Id, 50000.5m, "HighTechAward", Today.AddDays(-1))));
        await admin.ReadAsync<BenefitGrantDto>(await admin.PostAsync(Api, Grant(enterprise.Id, 7m, "TalentSubsidy")));

        using var response = await admin.GetAsync($"{Api}/export?enterpriseId={enterprise.Id}&policy=HighTechAward");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await using var stream = await response.Content.ReadAsStreamAsync();
        var rows = (await stream.QueryAsync(useHeaderRow: true)).Cast<IDictionary<string, object?>>().ToList();
        Assert.Equal(3, rows.Count);
        Assert.Equal([Day(Today.AddDays(-1)), Day(Today.AddDays(-2))], rows.Take(2).Select(r => (string?)r["发放日期"]));
        Assert.All(rows.Take(2), r => Assert.Equal((enterprise.Name, "高企认定奖励"), ((string?)r["企业"], (string?)r["政策"])));
        Assert.Equal("合计", rows[2]["序号"]);
        Assert.Equal(150000.5m, Convert.ToDecimal(rows[2]["金额（元）"], CultureInfo.InvariantCulture));
    }
}
