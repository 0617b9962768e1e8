using System.Net;
using Incubation.Identity;
using Incubation.Planning.KeyTasks;

namespace Incubation.Planning.Reports;

/// <summary>
/// Every endpoint of the key tasks and the 半年通报 refuses whoever is outside its permission: nobody signed in (401),
/// an enterprise user (403, none of them is the enterprise's), and the roles each endpoint leaves out.
/// </summary>
public class ReportRefusalTests(IncubationWebApplicationFactory factory) : IClassFixture<IncubationWebApplicationFactory>
{
    private readonly ReportTestData _world = new(factory);

    public static TheoryData<string, string> Endpoints => new()
    {
        { "GET", ReportTestData.KeyTasksApi },
        { "PUT", ReportTestData.KeyTasksApi + "/{task}" },
        { "GET", ReportTestData.KeyTasksApi + "/progress?year=2025&half=1" },
        { "PUT", ReportTestData.KeyTasksApi + "/progress" },
        { "GET", ReportTestData.ReportApi + "?year=2025&half=1" },
        { "GET", ReportTestData.ReportApi + "/issued" },
        { "POST", ReportTestData.ReportApi + "/issue" },
        { "GET", ReportTestData.ReportApi + "/export?year=2025&half=1" },
    };

    [Theory]
    [MemberData(nameof(Endpoints))]
    public async Task Should_refuse_an_enterprise_user_and_an_anonymous_caller(string method, string url)
    {
        var (body, path) = await RequestAsync(method, url);
        var enterprise = await _world.Data.EnterpriseAsync();
        using var enterpriseUser = await _world.Data.ClientForAsync(IncubationRoles.EnterpriseUser, enterpriseId: enterprise.Id);
        using var anonymous = factory.CreateApiClient();
        await anonymous.RefreshXsrfTokenAsync();

        using var refused = await SendAsync(enterpriseUser, method, path, body);
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        using var unauthenticated = await SendAsync(anonymous, method, path, body);
        Assert.Equal(HttpStatusCode.Unauthorized, unauthenticated.StatusCode);
    }

    [Theory]
    [InlineData(IncubationRoles.IncubatorManager, "GET", ReportTestData.ReportApi + "?year=2025&half=1")]
    [InlineData(IncubationRoles.StreetOfficer, "GET", ReportTestData.ReportApi + "/issued")]
    [InlineData(IncubationRoles.IncubatorManager, "GET", ReportTestData.ReportApi + "/export?year=2025&half=1")]
    [InlineData(IncubationRoles.Leader, "POST", ReportTestData.ReportApi + "/issue")]
    [InlineData(IncubationRoles.UnitOfficer, "POST", ReportTestData.ReportApi + "/issue")]
    [InlineData(IncubationRoles.BureauReviewer, "POST", ReportTestData.ReportApi + "/issue")]
    [InlineData(IncubationRoles.UnitOfficer, "PUT", ReportTestData.KeyTasksApi + "/{task}")]
    [InlineData(IncubationRoles.Leader, "PUT", ReportTestData.KeyTasksApi + "/progress")]
    [InlineData(IncubationRoles.StreetOfficer, "GET", ReportTestData.KeyTasksApi + "/progress?year=2025&half=1")]
    public async Task Should_refuse_a_role_the_endpoint_leaves_out(string role, string method, string url)
    {
        var (body, path) = await RequestAsync(method, url);
        using var client = await _world.Data.ClientForAsync(role, subDistrictCode: TestData.SubDistrictA);
        using var response = await SendAsync(client, method, path, body);
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Should_not_show_or_export_a_draft_to_a_unit_officer()
    {
        var unit = await _world.UnitAsync();
        using var officer = await _world.UnitOfficerAsync(unit.Id);
        using var draft = await officer.GetAsync(ReportTestData.ReportApi + "?year=2025&half=2");
        Assert.Equal(HttpStatusCode.NotFound, draft.StatusCode);
        using var export = await officer.GetAsync(ReportTestData.ReportApi + "/export?year=2025&half=2");
        Assert.Equal(HttpStatusCode.NotFound, export.StatusCode);
    }

    /// <summary>A valid body for the write endpoints (so only the permission can refuse them) and the path with a real task id.</summary>
    private async Task<(object? Body, string Path)> RequestAsync(string method, string url)
    {
        using var admin = await _world.Data.AdminClientAsync();
        var task = (await admin.GetFromJsonAsync<List<KeyTaskDto>>(ReportTestData.KeyTasksApi)).Single(t => t.Number == 3);
        var path = url.Replace("{task}", task.Id.ToString(), StringComparison.Ordinal);
        object? body = (method, url) switch
        {
            ("PUT", var u) when u.EndsWith("/progress", StringComparison.Ordinal) =>
                new { keyTaskId = task.Id, responsibleUnitId = task.Units[0].Id, year = 2025, half = 1, text = "越权填报" },
            ("PUT", _) => new { task.Section, title = "越权修改", task.Text, task.OtherResponsible, unitIds = Array.Empty<Guid>(), task.ConcurrencyStamp },
            ("POST", _) => new { year = 2025, half = 1 },
            _ => null,
        };
        return (body, path);
    }

    private static Task<HttpResponseMessage> SendAsync(ApiClient client, string method, string path, object? body) => method switch
    {
        "GET" => client.GetAsync(path),
        "PUT" => client.PutAsync(path, body),
        "POST" => client.PostAsync(path, body),
        _ => throw new ArgumentOutOfRangeException(nameof(method)),
    };
}
