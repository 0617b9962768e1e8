using System.Net;
using System.Text.RegularExpressions;
using Incubation.Identity;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Incubation.Platforms;

/// <summary>
/// Every endpoint of the Platforms module and of the benefits ledger, found in the running host, refuses a user
/// without its permission: 403 for a signed-in user, 401 for nobody. Read-only roles are refused every change.
/// </summary>
public partial class PlatformPermissionTests(IncubationWebApplicationFactory factory) : IClassFixture<IncubationWebApplicationFactory>
{
    private static readonly string[] Prefixes = ["api/app/platforms", "api/app/tech-transfer-projects", "api/app/incubators", "api/app/benefits"];
    private readonly TestData _data = new(factory);

    [Fact]
    public void Should_find_every_endpoint_of_the_module()
    {
        var endpoints = Endpoints();
        Assert.Equal(23, endpoints.Count);
        Assert.Contains(("GET", "api/app/benefits/export"), endpoints);
        Assert.Contains(("PUT", "api/app/incubators/{id:guid}"), endpoints);
    }

    [Theory]
    [InlineData(IncubationRoles.UnitOfficer)]
    [InlineData(IncubationRoles.EnterpriseUser)]
    public async Task Should_refuse_every_endpoint_to_a_role_without_the_permissions(string role)
    {
        var enterprise = await _data.EnterpriseAsync();
        using var client = await _data.ClientForAsync(role, enterpriseId: role == IncubationRoles.EnterpriseUser ? enterprise.Id : null);
        await AssertAllAsync(client, Endpoints(), HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Should_refuse_every_endpoint_to_an_anonymous_caller()
    {
        using var client = factory.CreateApiClient();
        await client.RefreshXsrfTokenAsync();
        await AssertAllAsync(client, Endpoints(), HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Should_let_the_leader_read_everything_and_change_nothing()
    {
        using var leader = await _data.ClientForAsync(IncubationRoles.Leader);
        var endpoints = Endpoints();
        await AssertAllAsync(leader, endpoints.Where(e => e.Method != "GET").ToList(), HttpStatusCode.Forbidden);
        foreach (var prefix in Prefixes)
        {
            using var list = await leader.GetAsync("/" + prefix);
            Assert.Equal(HttpStatusCode.OK, list.StatusCode);
        }
    }

    [Theory]
    [InlineData(IncubationRoles.IncubatorManager)]
    [InlineData(IncubationRoles.StreetOfficer)]
    public async Task Should_let_officers_read_platforms_but_not_change_them_nor_see_the_benefits(string role)
    {
        using var officer = await _data.ClientForAsync(role, subDistrictCode: TestData.SubDistrictA);
        var endpoints = Endpoints();
        await AssertAllAsync(officer, endpoints.Where(e => e.Method != "GET" || e.Template.StartsWith("api/app/benefits", StringComparison.Ordinal)).ToList(),
            HttpStatusCode.Forbidden);
        foreach (var prefix in Prefixes.Where(p => p != "api/app/benefits"))
        {
            using var list = await officer.GetAsync("/" + prefix);
            Assert.Equal(HttpStatusCode.OK, list.StatusCode);
        }
    }

    private List<(string Method, string Template)> Endpoints() =>
        factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .SelectMany(e => (e.Metadata.GetMetadata<Microsoft.AspNetCore.Routing.IHttpMethodMetadata>()?.HttpMethods ?? [])
                .Select(m => (Method: m, Template: (e.RoutePattern.RawText ?? string.Empty).TrimStart('/'))))
            .Where(e => Prefixes.Any(p => e.Template == p || e.Template.StartsWith(p + "/", StringComparison.Ordinal)))
            .Distinct()
            .ToList();

    private static async Task AssertAllAsync(ApiClient client, IReadOnlyList<(string Method, string Template)> endpoints, HttpStatusCode expected)
    {
        Assert.NotEmpty(endpoints);
        var wrong = new List<string>();
        foreach (var (method, template) in endpoints)
        {
            var url = "/" + RouteParameter().Replace(template, Guid.NewGuid().ToString());
            using var response = method switch
            {
                "GET" => await client.GetAsync(url),
                "POST" => await client.PostAsync(url, new { }),
                "PUT" => await client.PutAsync(url, new { }),
                "DELETE" => await client.DeleteAsync(url),
                _ => throw new InvalidOperationException(method),
            };
            if (response.StatusCode != expected)
            {
                wrong.Add($"{method} {template}: {(int)response.StatusCode}");
            }
        }

        Assert.True(wrong.Count == 0, $"Expected {(int)expected} from:\n" + string.Join("\n", wrong));
    }

    [GeneratedRegex(@"\{[^}]+\}")]
    private static partial Regex RouteParameter();
}
