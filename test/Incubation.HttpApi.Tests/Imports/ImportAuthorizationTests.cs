using System.Net;
using Incubation.Identity;

namespace Incubation.Imports;

/// <summary>Import is the bureau administrator's: every other role is refused at every step, and nothing is read.</summary>
public class ImportAuthorizationTests(IncubationWebApplicationFactory factory) : IClassFixture<IncubationWebApplicationFactory>
{
    private readonly TestData _data = new(factory);

    [Theory]
    [InlineData(IncubationRoles.BureauReviewer)]
    [InlineData(IncubationRoles.IncubatorManager)]
    [InlineData(IncubationRoles.StreetOfficer)]
    [InlineData(IncubationRoles.UnitOfficer)]
    [InlineData(IncubationRoles.EnterpriseUser)]
    [InlineData(IncubationRoles.Leader)]
    public async Task Should_refuse_every_role_but_the_bureau_administrator(string role)
    {
        var enterprise = await _data.EnterpriseAsync();
        using var client = await _data.ClientForAsync(role, subDistrictCode: TestData.SubDistrictA, enterpriseId: enterprise.Id);
        var file = ImportRequests.Xlsx(ImportValidationTests.EnterpriseHeader, [[enterprise.UnifiedSocialCreditCode, "改名", null, null, null, null, null]]);

        using var template = await ImportRequests.TemplateAsync(client, ImportKind.Enterprises);
        using var preview = await ImportRequests.PreviewAsync(client, ImportKind.Enterprises, file);
        using var commit = await ImportRequests.CommitAsync(client, ImportKind.Enterprises, file, new string('0', 64));

        Assert.Equal([HttpStatusCode.Forbidden, HttpStatusCode.Forbidden, HttpStatusCode.Forbidden], [template.StatusCode, preview.StatusCode, commit.StatusCode]);
        using var admin = await _data.AdminClientAsync();
        var stored = await admin.GetFromJsonAsync<Enterprises.EnterpriseDto>($"{Enterprises.EnterpriseRequests.Url}/{enterprise.Id}");
        Assert.Equal(enterprise.Name, stored.Name);
    }

    [Fact]
    public async Task Should_ask_an_anonymous_caller_to_sign_in()
    {
        using var anonymous = factory.CreateApiClient();
        await anonymous.RefreshXsrfTokenAsync();

        using var template = await ImportRequests.TemplateAsync(anonymous, ImportKind.Enterprises);
        using var preview = await ImportRequests.PreviewAsync(anonymous, ImportKind.Enterprises, [1, 2, 3]);

        Assert.Equal([HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized], [template.StatusCode, preview.StatusCode]);
    }
}
