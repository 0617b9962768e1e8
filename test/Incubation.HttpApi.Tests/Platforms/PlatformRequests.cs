using System.Globalization;
using System.Net;
using System.Text.Json;
using Incubation.Certification;
using Incubation.Data;
using Incubation.Enterprises;
using Microsoft.Extensions.DependencyInjection;

namespace Incubation.Platforms;

/// <summary>Request bodies of the Platforms module and small helpers its tests share.</summary>
internal static class PlatformRequests
{
    public const string PlatformsUrl = "/api/app/platforms";
    public const string ProjectsUrl = "/api/app/tech-transfer-projects";
    public const string IncubatorsUrl = "/api/app/incubators";

    public static DateOnly Today => ChinaTime.Today(TimeProvider.System);

    public static string Day(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>A valid platform hosted by an institution; a test changes what it is about.</summary>
    public static Dictionary<string, object?> Platform(string? name = null) => new()
    {
        ["name"] = name ?? "平台 " + Guid.NewGuid().ToString("N")[..8],
        ["kind"] = "EngineeringResearchCenter",
        ["level"] = "Provincial",
        ["hostEnterpriseId"] = null,
        ["hostInstitution"] = "贵州测试研究院",
        ["subDistrictCode"] = TestData.SubDistrictA,
        ["approvalNumber"] = "黔科合平台〔2021〕1号",
        ["approvedOn"] = Day(Today.AddYears(-2)),
        ["status"] = "Active",
        ["endedOn"] = null,
        ["note"] = null,
    };

    public static Dictionary<string, object?> Project(Guid enterpriseId, string? title = null) => new()
    {
        ["year"] = Today.Year,
        ["enterpriseId"] = enterpriseId,
        ["title"] = title ?? "项目 " + Guid.NewGuid().ToString("N")[..8],
        ["amountFunded"] = 500000.50m,
        ["fundedOn"] = Day(new DateOnly(Today.Year, 1, 1)),
        ["status"] = "Funded",
        ["note"] = null,
    };

    public static Dictionary<string, object?> Incubator(string? name = null) => new()
    {
        ["name"] = name ?? "孵化器 " + Guid.NewGuid().ToString("N")[..8],
        ["kind"] = "InnovationBase",
        ["level"] = "District",
        ["operator"] = "贵阳测试运营有限公司",
        ["subDistrictCode"] = TestData.SubDistrictA,
        ["incubatedTarget"] = null,
        ["highTechTarget"] = null,
    };

    public static Dictionary<string, object?> With(this Dictionary<string, object?> body, string key, object? value) =>
        new(body) { [key] = value };

    /// <summary>The field errors of a 400 answer, by field.</summary>
    public static async Task<JsonElement> FieldErrorsAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("errors");
    }

    /// <summary>The single message on one field of a 400 answer.</summary>
    public static async Task<string> FieldErrorAsync(HttpResponseMessage response, string field)
    {
        var errors = await FieldErrorsAsync(response);
        Assert.True(errors.TryGetProperty(field, out var messages), $"No error on {field}: {errors}");
        return string.Join(" ", messages.EnumerateArray().Select(m => m.GetString()));
    }

    /// <summary>Writes a qualification straight through the domain, as the bureau's certificate entry would.</summary>
    public static Task QualificationAsync(IncubationWebApplicationFactory factory, Guid enterpriseId, QualificationKind kind, DateOnly issuedOn, DateOnly expiresOn) =>
        factory.WithServicesAsync(async sp =>
        {
            sp.GetRequiredService<IRepository<Qualification>>().Add(
                new Qualification(enterpriseId, kind, "TEST-" + Guid.NewGuid().ToString("N")[..10], issuedOn, expiresOn, "Test"));
            await sp.GetRequiredService<IUnitOfWork>().SaveChangesAsync(CancellationToken.None);
            return 0;
        });

    /// <summary>Soft-deletes an enterprise as the registry would.</summary>
    public static Task DeleteEnterpriseAsync(IncubationWebApplicationFactory factory, Guid enterpriseId) =>
        factory.WithServicesAsync(async sp =>
        {
            var repository = sp.GetRequiredService<IEnterpriseRepository>();
            repository.Remove((await repository.FindForUpdateAsync(enterpriseId, CancellationToken.None))!);
            await sp.GetRequiredService<IUnitOfWork>().SaveChangesAsync(CancellationToken.None);
            return 0;
        });
}
