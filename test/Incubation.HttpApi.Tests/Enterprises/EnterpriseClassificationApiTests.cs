using Incubation.Dtos;
using Incubation.Portal;

namespace Incubation.Enterprises;

/// <summary>规上 and 科学研究和技术服务业: set in the registry, filtered on, and out of the enterprise's own reach.</summary>
public class EnterpriseClassificationApiTests(IncubationWebApplicationFactory factory) : IClassFixture<IncubationWebApplicationFactory>
{
    private readonly TestData _data = new(factory);

    [Fact]
    public async Task Should_keep_the_flags_set_in_the_registry_and_filter_the_list_by_them()
    {
        using var admin = await _data.AdminClientAsync();
        var prefix = "分类" + Guid.NewGuid().ToString("N")[..6];
        var both = await CreateAsync(admin, prefix + "规上科技服务", true, true);
        await CreateAsync(admin, prefix + "规上", true, false);
        await CreateAsync(admin, prefix + "都不是", false, false);

        var aboveScale = await ListAsync(admin, prefix, "&isAboveScale=true");
        var sciTech = await ListAsync(admin, prefix, "&isAboveScale=true&isSciTechService=true");

        Assert.Equal([prefix + "规上", prefix + "规上科技服务"], aboveScale.Items.Select(i => i.Name).Order());
        Assert.Equal((prefix + "规上科技服务", true, true), (Assert.Single(sciTech.Items).Name, sciTech.Items[0].IsAboveScale, sciTech.Items[0].IsSciTechService));
        var update = new Dictionary<string, object?>(ToBody(both)) { ["isSciTechService"] = false, ["concurrencyStamp"] = both.ConcurrencyStamp };
        var updated = await admin.ReadAsync<EnterpriseDto>(await admin.PutAsync($"{EnterpriseRequests.Url}/{both.Id}", update));
        Assert.Equal((true, false), (updated.IsAboveScale, updated.IsSciTechService));
    }

    [Fact]
    public async Task Should_leave_the_flags_alone_when_the_enterprise_edits_its_own_profile()
    {
        var portal = new PortalScenario(factory);
        var (enterprise, _, client) = await portal.EnterpriseWithAdminAsync();
        using var owner = client;
        using var admin = await _data.AdminClientAsync();
        var registry = await admin.GetFromJsonAsync<EnterpriseDto>($"{EnterpriseRequests.Url}/{enterprise.Id}");
        var body = new Dictionary<string, object?>(ToBody(registry)) { ["isAboveScale"] = true, ["isSciTechService"] = true, ["concurrencyStamp"] = registry.ConcurrencyStamp };
        await admin.ReadAsync<EnterpriseDto>(await admin.PutAsync($"{EnterpriseRequests.Url}/{enterprise.Id}", body));

        var own = (await owner.GetFromJsonAsync<PortalProfileDto>(PortalScenario.Profile)).Enterprise;
        await owner.ReadAsync<PortalProfileDto>(await owner.PutAsync(PortalScenario.Profile,
            new Dictionary<string, object?>(PortalProfileApiTests.Edit(own, ("address", "新地址"))) { ["isAboveScale"] = false }));

        var after = await admin.GetFromJsonAsync<EnterpriseDto>($"{EnterpriseRequests.Url}/{enterprise.Id}");
        Assert.Equal(("新地址", true, true), (after.Address, after.IsAboveScale, after.IsSciTechService));
    }

    private static async Task<EnterpriseDto> CreateAsync(ApiClient admin, string name, bool aboveScale, bool sciTech)
    {
        var body = new Dictionary<string, object?> { ["name"] = name, ["unifiedSocialCreditCode"] = TestData.NewCreditCode(),
            ["subDistrictCode"] = TestData.SubDistrictA, ["industryFieldCode"] = TestData.LeafField, ["isAboveScale"] = aboveScale, ["isSciTechService"] = sciTech };
        return await admin.ReadAsync<EnterpriseDto>(await admin.PostAsync(EnterpriseRequests.Url, body));
    }

    private static Task<PagedResultDto<EnterpriseListItemDto>> ListAsync(ApiClient client, string prefix, string query) =>
        client.GetFromJsonAsync<PagedResultDto<EnterpriseListItemDto>>($"{EnterpriseRequests.Url}?filter={Uri.EscapeDataString(prefix)}{query}");

    private static Dictionary<string, object?> ToBody(EnterpriseDto e) => new()
    {
        ["name"] = e.Name,
        ["unifiedSocialCreditCode"] = e.UnifiedSocialCreditCode,
        ["subDistrictCode"] = e.SubDistrictCode,
        ["industryFieldCode"] = e.IndustryFieldCode,
        ["isAboveScale"] = e.IsAboveScale,
        ["isSciTechService"] = e.IsSciTechService,
    };
}
