using System.Net;
using Incubation.Lookups;

namespace Incubation.Infrastructure;

public class HostTests(IncubationWebApplicationFactory factory) : IClassFixture<IncubationWebApplicationFactory>
{
    private readonly TestData _data = new(factory);

    [Fact]
    public async Task Should_report_healthy_when_the_database_answers()
    {
        using var client = factory.CreateApiClient();
        using var response = await client.GetAsync("/health");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Should_seed_the_eighteen_sub_districts_and_the_tech_fields()
    {
        using var client = await _data.ClientForAsync(Identity.IncubationRoles.Leader);
        var subDistricts = await client.GetFromJsonAsync<List<SubDistrictDto>>("/api/app/lookups/sub-districts");
        Assert.Equal(18, subDistricts.Count);
        Assert.Contains(subDistricts, s => s is { Code: "520103100", Name: "黔灵镇" });
        var fields = await client.GetFromJsonAsync<List<TechFieldDto>>("/api/app/lookups/tech-fields");
        Assert.Equal(8, fields.Count(f => f.Level == 1));
        Assert.Contains(fields, f => f is { Code: "10101", Level: 3, ParentCode: "101" });
    }

    [Fact]
    public async Task Should_serve_the_sign_up_forms_lookups_anonymously_and_refuse_the_others()
    {
        using var client = factory.CreateApiClient();
        using var subDistricts = await client.GetAsync("/api/app/lookups/sub-districts");
        using var techFields = await client.GetAsync("/api/app/lookups/tech-fields");
        using var incubators = await client.GetAsync("/api/app/lookups/incubators");
        using var units = await client.GetAsync("/api/app/lookups/responsible-units");

        Assert.Equal(HttpStatusCode.OK, subDistricts.StatusCode);
        Assert.Equal(HttpStatusCode.OK, techFields.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, incubators.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, units.StatusCode);
    }

    [Fact]
    public async Task Should_serve_the_openapi_document()
    {
        using var client = factory.CreateApiClient();
        var document = await (await client.GetAsync("/openapi/v1.json")).Content.ReadAsStringAsync();
        Assert.Contains("/api/app/enterprises", document, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_answer_404_problem_details_for_an_unknown_api_path()
    {
        using var client = await _data.AdminClientAsync();
        using var response = await client.GetAsync("/api/app/nothing-here");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
