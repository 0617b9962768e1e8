using System.Globalization;
using System.Text.Json;
using Incubation.Certification;
using Incubation.Data;
using Incubation.Enterprises;
using Incubation.Files;
using Incubation.Identity;
using Incubation.Visits;
using Microsoft.Extensions.DependencyInjection;

namespace Incubation.Portal;

/// <summary>
/// One enterprise with a record of every kind its users can reach (visit, need, yearly data, eligibility profile,
/// qualification, pool membership, application, file, notification, accounts), entered as the bureau would. Every
/// text of it carries <see cref="Marker"/>, so a response that shows any of it is easy to spot.
/// </summary>
public sealed record EnterpriseWorld(
    Enterprise Enterprise,
    string Marker,
    AppUser Admin,
    AppUser Member,
    Guid VisitId,
    Guid NeedId,
    string NeedStamp,
    int FiscalYear,
    Guid YearlyDataId,
    string YearlyDataStamp,
    string EligibilityStamp,
    Guid QualificationId,
    Guid MembershipId,
    Guid ApplicationId,
    Guid FileId,
    Guid NotificationId,
    Guid? IncubatorId,
    Guid? OfficerId,
    Guid UnitId)
{
    public const int Year = 2024;

    public string Name => Enterprise.Name;
    public string CreditCode => Enterprise.UnifiedSocialCreditCode;

    /// <summary>The ids of the enterprise's own records (not the shared staff, incubator or unit).</summary>
    public IReadOnlyList<Guid> OwnIds =>
        [Enterprise.Id, Admin.Id, Member.Id, VisitId, NeedId, YearlyDataId, QualificationId, MembershipId, ApplicationId, FileId, NotificationId];

    /// <summary>Texts of the enterprise that no other enterprise's user may ever read.</summary>
    public IReadOnlyList<string> Secrets => [Marker, Name, CreditCode, Admin.UserName!, Member.UserName!];

    public static async Task<EnterpriseWorld> BuildAsync(
        IncubationWebApplicationFactory factory, ApiClient bureau, string marker, string subDistrictCode, Guid unitId, bool withIncubator)
    {
        var data = new TestData(factory);
        var portal = new PortalScenario(factory);
        Guid? incubatorId = withIncubator ? (await data.IncubatorAsync()).Id : null;
        Guid? officerId = withIncubator ? (await data.UserAsync(IncubationRoles.IncubatorManager, incubatorId: incubatorId)).Id : null;
        var enterprise = await data.EnterpriseAsync(marker + " 科技有限公司", subDistrictCode, incubatorId, officerId);
        var admin = await portal.EnterpriseUserAsync(enterprise.Id, isAdmin: true, displayName: marker + " 管理员");
        var member = await portal.EnterpriseUserAsync(enterprise.Id, isAdmin: false, displayName: marker + " 同事");

        var visit = await ReadAsync(bureau, await bureau.PostAsync("/api/app/visits", new
        {
            clientRequestId = Guid.NewGuid(),
            enterpriseId = enterprise.Id,
            visitDate = DateOnly.FromDateTime(DateTime.UtcNow.AddDays(-1)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            kind = "OnSite",
            attendees = new[] { new { name = marker + " 经理", title = "总经理" } },
            policyCodes = new[] { "HteCertification" },
            operations = marker + " 经营情况",
            difficulties = marker + " 困难",
            needs = new[] { new { category = "Funding", description = marker + " 融资诉求", isBottleneck = false, responsibleUnitId = unitId } },
        }));
        var need = visit.GetProperty("needs")[0];
        need = await ActAsync(bureau, need, new { action = "Accept" });
        need = await ActAsync(bureau, need, new { action = "Resolve", text = marker + " 已解决" });

        var yearly = await ReadAsync(bureau, await bureau.PutAsync(YearlyDataRequests.Url(enterprise.Id, Year), YearlyDataRequests.Figures()));
        var eligibility = await ReadAsync(bureau, await bureau.PutAsync(EligibilityRequests.ProfileUrl(enterprise.Id),
            new { noMajorIncidentLastYear = true, concurrencyStamp = (string?)null }));
        // A 高企 certificate running out this year, so the re-certification list has the enterprise in it.
        var thisYear = ChinaTime.Today(TimeProvider.System).Year;
        var qualification = await ReadAsync(bureau, await bureau.PostAsync($"/api/app/enterprises/{enterprise.Id}/qualifications", new
        {
            kind = "HighTech",
            certificateNumber = "GR" + Guid.NewGuid().ToString("N")[..10],
            issuedOn = $"{thisYear - 2}-01-01",
            expiresOn = $"{thisYear}-12-31",
        }));
        var proposed = await ReadAsync(bureau, await bureau.PostAsync("/api/app/cultivation/proposals",
            new { enterpriseId = enterprise.Id, reason = marker + " 研发投入增长" }));
        var membership = await ReadAsync(bureau, await bureau.PostAsync($"/api/app/cultivation/memberships/{Id(proposed)}/admit",
            new { concurrencyStamp = Stamp(proposed) }));
        var application = await ReadAsync(bureau, await bureau.PostAsync("/api/app/certification-applications",
            new { enterpriseId = enterprise.Id, kind = "TechSme", year = thisYear }));
        using var upload = FileRequests.Upload(FileRequests.Png(), marker + ".png", enterprise.Id);
        var file = await ReadAsync(bureau, await bureau.Http.PostAsync(FileRequests.Url, upload));
        var notificationId = await NotifyAsync(factory, admin.Id, Id(need), marker + " 通知");

        return new EnterpriseWorld(enterprise, marker, admin, member, Id(visit), Id(need), Stamp(need), Year, Id(yearly), Stamp(yearly),
            Stamp(eligibility), Id(qualification), Id(membership), Id(application), Id(file), notificationId, incubatorId, officerId, unitId);
    }

    private static Task<Guid> NotifyAsync(IncubationWebApplicationFactory factory, Guid recipient, Guid needId, string subject) =>
        factory.WithServicesAsync(async sp =>
        {
            var notification = new Notification(recipient, NotificationKind.NeedReturned,
                Notification.KeyFor(NotificationKind.NeedReturned, recipient, needId, "isolation"), subject, needId, null, DateTime.UtcNow);
            sp.GetRequiredService<IRepository<Notification>>().Add(notification);
            await sp.GetRequiredService<IUnitOfWork>().SaveChangesAsync(CancellationToken.None);
            return notification.Id;
        });

    private static async Task<JsonElement> ActAsync(ApiClient bureau, JsonElement need, object step)
    {
        var body = JsonSerializer.SerializeToNode(step, ApiClient.Json)!.AsObject();
        body["concurrencyStamp"] = Stamp(need);
        return await ReadAsync(bureau, await bureau.PostAsync($"/api/app/needs/{Id(need)}/actions", body));
    }

    private static async Task<JsonElement> ReadAsync(ApiClient client, HttpResponseMessage response)
    {
        using (response)
        {
            return await client.ReadAsync<JsonElement>(response);
        }
    }

    private static Guid Id(JsonElement element) => element.GetProperty("id").GetGuid();

    private static string Stamp(JsonElement element) => element.GetProperty("concurrencyStamp").GetString()!;
}

/// <summary>Two enterprises with a record of every kind, built once for the isolation suite.</summary>
public sealed class TwoEnterprisesFixture : IAsyncLifetime
{
    public IncubationWebApplicationFactory Factory { get; } = new();

    /// <summary>The enterprise whose administrator makes the calls.</summary>
    public EnterpriseWorld Own { get; private set; } = null!;

    /// <summary>The enterprise whose records the calls aim at.</summary>
    public EnterpriseWorld Other { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        await Factory.InitializeAsync();
        using var bureau = await new TestData(Factory).AdminClientAsync();
        var (unitA, unitB) = await VisitApiTests.UnitsAsync(Factory);
        Own = await EnterpriseWorld.BuildAsync(Factory, bureau, "AX" + Guid.NewGuid().ToString("N")[..8].ToUpperInvariant(), TestData.SubDistrictA, unitA, withIncubator: false);
        Other = await EnterpriseWorld.BuildAsync(Factory, bureau, "BX" + Guid.NewGuid().ToString("N")[..8].ToUpperInvariant(), TestData.SubDistrictB, unitB, withIncubator: true);

        // The nightly eligibility run, so both are on the candidate lists.
        using var refreshed = await bureau.PostAsync("/api/app/eligibility/candidates/refresh", new { });
        refreshed.EnsureSuccessStatusCode();
    }

    public Task DisposeAsync() => ((IAsyncLifetime)Factory).DisposeAsync();
}
