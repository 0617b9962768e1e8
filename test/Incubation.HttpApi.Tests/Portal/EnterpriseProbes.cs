using System.Net;
using System.Net.Http.Json;
using Incubation.Certification;
using Incubation.Enterprises;
using Incubation.Files;

namespace Incubation.Portal;

/// <summary>What a probe sends, whether it aims at the other enterprise, and which other answers it may get.</summary>
public sealed record BodyProbe(Func<ProbeContext, Task<HttpContent>> Create, bool Targeted, params HttpStatusCode[] AlsoAllowed);

public sealed record ProbeContext(IncubationWebApplicationFactory Factory, EnterpriseWorld Own, EnterpriseWorld Other, ApiClient Client);

/// <summary>
/// What the isolation suite knows about the endpoints beyond their routes: the bodies that aim them at another
/// enterprise, the sessions they need, and what the caller's own records and the bureau's view must show. A new
/// endpoint an enterprise user can reach needs an entry here when it takes a body or an id the routes do not name.
/// </summary>
public static class EnterpriseProbes
{
    /// <summary>Sign-in endpoints: called from a separate session (the enterprise's other user) so the suite's own stays open.</summary>
    public static readonly HashSet<string> SessionEndpoints = ["POST api/account/login", "POST api/account/logout", "POST api/account/refresh"];

    /// <summary>Endpoints outside MVC (no ApiExplorer description), probed with a plain GET.</summary>
    public static readonly HashSet<string> NonApiEndpoints =
    [
        "* health",
        "GET openapi/{documentName}.json",

        // The Angular app's index.html for client routes, mapped when the app is built: static, the same for everyone.
        "GET {*path:regex(^(?!api/|openapi/|health).*$)}",
        "HEAD {*path:regex(^(?!api/|openapi/|health).*$)}",
    ];

    /// <summary>Bodies by endpoint. Targeted bodies carry the other enterprise's ids, code, account or stamps.</summary>
    public static readonly Dictionary<string, BodyProbe> Bodies = new()
    {
        ["POST api/account/login"] = new(c => Json(new { userNameOrEmailAddress = c.Own.Member.UserName, password = IncubationWebApplicationFactory.UserPassword, rememberMe = false }), Targeted: false),

        // Anyone may file a claim on a known code; the answer must be the plain receipt and show nothing of the record.
        ["POST api/portal/registration"] = new(async c =>
        {
            var form = RegistrationFlow.Form(c.Other.CreditCode);
            var (token, answer) = await new RegistrationFlow(c.Factory).SolveChallengeAsync(c.Client);
            form["challengeToken"] = token;
            form["challengeAnswer"] = answer;
            return await Json(form);
        }, Targeted: true, HttpStatusCode.Accepted),
        ["POST api/portal/registration/confirm-email"] = new(c => Json(new { userId = c.Other.Admin.Id, token = "forged" }), Targeted: true),
        ["POST api/portal/registration/set-password"] = new(c => Json(new { userId = c.Other.Admin.Id, token = "forged", password = RegistrationFlow.Password }), Targeted: true),

        // The own profile proposing the other enterprise's code: the registry says the code is taken, nothing more.
        ["PUT api/portal/profile"] = new(async c =>
        {
            var own = (await c.Client.GetFromJsonAsync<PortalProfileDto>(PortalScenario.Profile)).Enterprise;
            return await Json(PortalProfileApiTests.Edit(own, ("unifiedSocialCreditCode", c.Other.CreditCode)));
        }, Targeted: true, HttpStatusCode.Conflict),
        ["POST api/portal/colleagues"] = new(c => Json(new { displayName = "冒名", email = c.Other.Admin.Email }), Targeted: true),

        ["POST api/app/eligibility/assess"] = new(_ => Json(EligibilityRequests.SoftwareFirm()), Targeted: false),
        ["PUT api/app/enterprises/{enterpriseId:guid}/eligibility-profile"] = new(c => Json(new { noMajorIncidentLastYear = false, concurrencyStamp = c.Other.EligibilityStamp }), Targeted: true),
        ["PUT api/app/enterprises/{enterpriseId:guid}/yearly-data/{fiscalYear:int}"] = new(c => Json(YearlyDataRequests.Figures(c.Other.YearlyDataStamp)), Targeted: true),
        ["POST api/app/enterprises/{enterpriseId:guid}/yearly-data/{fiscalYear:int}/submit"] = new(c => Json(YearlyDataRequests.Step(c.Other.YearlyDataStamp)), Targeted: true),
        ["POST api/app/cultivation/proposals"] = new(c => Json(new { enterpriseId = c.Other.Enterprise.Id, reason = "冒名推荐" }), Targeted: true),
        ["POST api/app/needs"] = new(c => Json(new { enterpriseId = c.Other.Enterprise.Id, category = "Funding", description = "冒名诉求" }), Targeted: true),
        ["POST api/app/needs/{id:guid}/actions"] = new(c => Json(new { action = "Confirm", rating = 1, text = "冒名评价", concurrencyStamp = c.Other.NeedStamp }), Targeted: true),
        ["POST api/app/files"] = new(c => Task.FromResult<HttpContent>(FileRequests.Upload(FileRequests.Png(), "冒名.png", c.Other.Enterprise.Id)), Targeted: true),
    };

    /// <summary>
    /// Lists where the bureau, sending the very request the enterprise user sent, does see the other enterprise: so
    /// its absence from the enterprise user's answer is isolation, not an empty list.
    /// </summary>
    public static readonly HashSet<string> BureauSeesOther =
    [
        "GET api/app/enterprises", "GET api/app/needs", "GET api/app/needs/export", "GET api/app/needs/board", "GET api/app/visits",
        "GET api/app/visits/export", "GET api/app/cultivation/pool", "GET api/app/cultivation/pool/export", "GET api/app/eligibility/candidates",
        "GET api/app/eligibility/candidates/export", "GET api/app/recertifications", "GET api/app/recertifications/export",
    ];

    /// <summary>Own records each endpoint must show its caller, so an empty answer cannot pass for isolation.</summary>
    public static readonly Dictionary<string, Func<EnterpriseWorld, string>> OwnExpectations = new()
    {
        ["GET api/app/enterprises"] = w => w.Enterprise.Id.ToString(),
        ["GET api/app/enterprises/{id:guid}"] = w => w.Name,
        ["GET api/app/needs"] = w => w.NeedId.ToString(),
        ["GET api/app/needs/{id:guid}"] = w => w.Marker,
        ["GET api/app/needs/export"] = w => w.Marker,
        ["GET api/app/visits"] = w => w.VisitId.ToString(),
        ["GET api/app/visits/{id:guid}"] = w => w.Marker,
        ["GET api/app/visits/export"] = w => w.Marker,
        ["GET api/app/cultivation/pool"] = w => w.MembershipId.ToString(),
        ["GET api/app/cultivation/pool/export"] = w => w.Marker,
        ["GET api/app/notifications"] = w => w.NotificationId.ToString(),
        ["GET api/app/files/{id:guid}"] = w => w.FileId.ToString(),
        ["GET api/app/enterprises/{enterpriseId:guid}/qualifications"] = w => w.QualificationId.ToString(),
        ["GET api/app/enterprises/{enterpriseId:guid}/yearly-data"] = w => w.YearlyDataId.ToString(),
        ["GET api/app/enterprises/{enterpriseId:guid}/yearly-data/{fiscalYear:int}"] = w => w.YearlyDataId.ToString(),
        ["GET api/app/enterprises/{enterpriseId:guid}/memberships"] = w => w.MembershipId.ToString(),
        ["GET api/app/enterprises/{enterpriseId:guid}/visit-timeline"] = w => w.VisitId.ToString(),
        ["GET api/portal/profile"] = w => w.Name,
        ["GET api/portal/colleagues"] = w => w.Member.Id.ToString(),
    };

    /// <summary>Own GETs that answer other than 2xx, and why.</summary>
    public static readonly Dictionary<string, HttpStatusCode> OwnStatusExceptions = new()
    {
        ["GET api/app/calendar/due-date"] = HttpStatusCode.BadRequest, // needs ?from=&workingDays=; nothing of an enterprise
    };

    private static Task<HttpContent> Json(object body) => Task.FromResult<HttpContent>(JsonContent.Create(body, options: ApiClient.Json));
}
