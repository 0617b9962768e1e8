using System.IO.Compression;
using System.Net;
using System.Text;
using Xunit.Abstractions;

namespace Incubation.Portal;

/// <summary>
/// IDOR suite: an enterprise user calls every endpoint their role can reach with another enterprise's ids (in the
/// route, the query and the body) and must be refused (403/404, or 400 before any lookup) without seeing or changing
/// anything of it; called with their own ids, the same endpoints answer and show only their own records. A new
/// endpoint the role can reach makes the suite fail until it says how to aim it.
/// </summary>
public class EnterpriseIsolationTests(TwoEnterprisesFixture fixture, ITestOutputHelper output) : IClassFixture<TwoEnterprisesFixture>
{
    private IncubationWebApplicationFactory Factory => fixture.Factory;

    [Fact]
    public void Should_know_how_to_aim_every_endpoint_an_enterprise_user_can_reach()
    {
        var endpoints = EnterpriseEndpoints.Reachable(Factory.Services);
        Assert.Contains(endpoints, e => e.Key == "GET api/app/enterprises/{id:guid}");
        Assert.DoesNotContain(endpoints, e => e.Key == "POST api/app/registrations/{id:guid}/approve");

        var unmapped = endpoints.SelectMany(e => Unmapped(e, fixture.Other)).ToList();

        Assert.True(unmapped.Count == 0, "Say how to aim these at an enterprise (EnterpriseEndpoints / EnterpriseProbes.Bodies):\n" + string.Join("\n", unmapped));
    }

    [Fact]
    public async Task Should_refuse_an_enterprise_user_every_record_of_another_enterprise()
    {
        using var client = await SignInAsync(fixture.Own.Admin);
        using var bureau = await new TestData(Factory).AdminClientAsync();
        var before = await DataSnapshot.TakeAsync(Factory, fixture.Other.Enterprise.Id);
        var failures = new List<string>();
        var controlled = new HashSet<string>(StringComparer.Ordinal);
        var probed = 0;

        foreach (var endpoint in EnterpriseEndpoints.Reachable(Factory.Services))
        {
            if (Unmapped(endpoint, fixture.Other).Any())
            {
                failures.Add($"{endpoint.Key}: no mapping (see the other test)");
                continue;
            }

            var aimed = EnterpriseEndpoints.Aim(endpoint, fixture.Other);
            var body = EnterpriseProbes.Bodies.GetValueOrDefault(endpoint.Key);
            var targeted = aimed.Targeted || body?.Targeted == true;
            foreach (var url in aimed.Urls)
            {
                using var session = EnterpriseProbes.SessionEndpoints.Contains(endpoint.Key) ? await SignInAsync(fixture.Own.Member) : null;
                var caller = session ?? client;
                var (status, text, sent) = await SendAsync(caller, endpoint, url, body);
                probed++;
                output.WriteLine($"{(targeted ? "aimed " : "      ")}{(int)status} {endpoint.Key}  {url}");

                var allowed = targeted
                    ? status is HttpStatusCode.Forbidden or HttpStatusCode.NotFound or HttpStatusCode.BadRequest || body?.AlsoAllowed.Contains(status) == true
                    : status is not HttpStatusCode.Unauthorized && (int)status < 500;
                if (!allowed)
                {
                    failures.Add($"{endpoint.Key} ({url}) → {(int)status} {Shorten(text)}");
                }

                var leaked = fixture.Other.Secrets.Where(s => text.Contains(s, StringComparison.OrdinalIgnoreCase))
                    .Concat(fixture.Other.OwnIds.Select(id => id.ToString()).Where(id => !sent.Contains(id, StringComparison.OrdinalIgnoreCase) && text.Contains(id, StringComparison.OrdinalIgnoreCase)))
                    .ToList();
                if (leaked.Count > 0)
                {
                    failures.Add($"{endpoint.Key} ({url}) → {(int)status} shows the other enterprise's {string.Join(", ", leaked)}");
                }

                if (!targeted && endpoint.Method == "GET" && session is null)
                {
                    var (_, seenByBureau, _) = await SendAsync(bureau, endpoint, url, body: null);
                    if (seenByBureau.Contains(fixture.Other.Marker, StringComparison.OrdinalIgnoreCase)
                        || fixture.Other.OwnIds.Any(id => seenByBureau.Contains(id.ToString(), StringComparison.OrdinalIgnoreCase)))
                    {
                        controlled.Add(endpoint.Key);
                    }
                }

                var after = await DataSnapshot.TakeAsync(Factory, fixture.Other.Enterprise.Id);
                if (after != before)
                {
                    failures.Add($"{endpoint.Key} ({url}) → {(int)status} changed the other enterprise's records:\n{DataSnapshot.FirstDifference(before, after)}");
                    before = after;
                }
            }
        }

        output.WriteLine("The bureau sees the other enterprise in: " + string.Join(", ", controlled.Order(StringComparer.Ordinal)));
        failures.AddRange(EnterpriseProbes.BureauSeesOther.Except(controlled).Select(k => $"{k}: the bureau does not see the other enterprise there either, so its absence proves nothing"));
        Assert.True(probed > 30, $"Only {probed} endpoints probed.");
        Assert.True(failures.Count == 0, string.Join("\n", failures));

        // The suite's session was the enterprise user's to the end (a signed-out 404 would prove nothing).
        var profile = await client.GetFromJsonAsync<PortalProfileDto>(PortalScenario.Profile);
        Assert.Equal(fixture.Own.Enterprise.Id, profile.Enterprise.Id);
    }

    [Fact]
    public async Task Should_show_an_enterprise_user_their_own_records_and_nothing_of_another_enterprise()
    {
        using var client = await SignInAsync(fixture.Own.Admin);
        var failures = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);

        foreach (var endpoint in EnterpriseEndpoints.Reachable(Factory.Services).Where(e => e.Method is "GET" or "*"))
        {
            var aimed = EnterpriseEndpoints.Aim(endpoint, fixture.Own);
            if (aimed.Unmapped.Count > 0)
            {
                continue; // reported by the mapping test
            }

            seen.Add(endpoint.Key);
            foreach (var url in aimed.Urls)
            {
                var (status, text, _) = await SendAsync(client, endpoint, url, body: null);
                output.WriteLine($"own {(int)status} {endpoint.Key}  {url}");
                var expectedStatus = EnterpriseProbes.OwnStatusExceptions.TryGetValue(endpoint.Key, out var exception) ? status == exception : (int)status is >= 200 and < 300;
                if (!expectedStatus)
                {
                    failures.Add($"{endpoint.Key} ({url}) → {(int)status} {Shorten(text)}");
                }

                if (url == aimed.Path && EnterpriseProbes.OwnExpectations.TryGetValue(endpoint.Key, out var expected) && !text.Contains(expected(fixture.Own), StringComparison.OrdinalIgnoreCase))
                {
                    failures.Add($"{endpoint.Key} ({url}) does not show the caller's own {expected(fixture.Own)}: {Shorten(text)}");
                }

                var leaked = fixture.Other.Secrets.Concat(fixture.Other.OwnIds.Select(id => id.ToString()))
                    .Where(s => text.Contains(s, StringComparison.OrdinalIgnoreCase)).ToList();
                if (leaked.Count > 0)
                {
                    failures.Add($"{endpoint.Key} ({url}) shows the other enterprise's {string.Join(", ", leaked)}");
                }
            }
        }

        failures.AddRange(EnterpriseProbes.OwnExpectations.Keys.Where(k => !seen.Contains(k)).Select(k => $"{k}: expected an endpoint an enterprise user can reach"));
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    private IEnumerable<string> Unmapped(ReachableEndpoint endpoint, EnterpriseWorld world)
    {
        if (endpoint.Api is null && !EnterpriseProbes.NonApiEndpoints.Contains(endpoint.Key))
        {
            yield return $"{endpoint.Key}: not an API action (no description of its inputs); add it to EnterpriseProbes.NonApiEndpoints if it shows no enterprise data";
        }

        foreach (var item in EnterpriseEndpoints.Aim(endpoint, world).Unmapped)
        {
            yield return item;
        }

        if (endpoint.TakesBody && !EnterpriseProbes.Bodies.ContainsKey(endpoint.Key))
        {
            yield return $"{endpoint.Key}: body (add it to EnterpriseProbes.Bodies)";
        }
    }

    private async Task<(HttpStatusCode Status, string Text, string Sent)> SendAsync(ApiClient client, ReachableEndpoint endpoint, string url, BodyProbe? body)
    {
        using var request = new HttpRequestMessage(endpoint.Method == "*" ? HttpMethod.Get : new HttpMethod(endpoint.Method), url);
        if (body is not null)
        {
            request.Content = await body.Create(new ProbeContext(Factory, fixture.Own, fixture.Other, client));
        }

        var sent = url + (request.Content is null ? string.Empty : await request.Content.ReadAsStringAsync());
        using var response = await client.Http.SendAsync(request);
        return (response.StatusCode, await ReadableTextAsync(response), sent);
    }

    /// <summary>The response as text; a workbook (a zip) is unpacked so its cells are searched too.</summary>
    private static async Task<string> ReadableTextAsync(HttpResponseMessage response)
    {
        var bytes = await response.Content.ReadAsByteArrayAsync();
        if (bytes.Length < 4 || bytes[0] != (byte)'P' || bytes[1] != (byte)'K')
        {
            return Encoding.UTF8.GetString(bytes);
        }

        using var zip = new ZipArchive(new MemoryStream(bytes), ZipArchiveMode.Read);
        var text = new StringBuilder();
        foreach (var entry in zip.Entries)
        {
            using var reader = new StreamReader(entry.Open(), Encoding.UTF8);
            text.Append(await reader.ReadToEndAsync());
        }

        return text.ToString();
    }

    private async Task<ApiClient> SignInAsync(Identity.AppUser user)
    {
        var client = Factory.CreateApiClient();
        await client.LoginOrFailAsync(user.UserName!, IncubationWebApplicationFactory.UserPassword);
        return client;
    }

    private static string Shorten(string text) => text.Length > 300 ? text[..300] + "…" : text;
}
