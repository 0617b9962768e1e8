using System.Text.RegularExpressions;
using Incubation.Identity;
using Incubation.Permissions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Abstractions;
using Microsoft.AspNetCore.Mvc.ApiExplorer;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Incubation.Portal;

/// <summary>An endpoint of the running host that an enterprise user may call, with what ApiExplorer knows of its inputs.</summary>
public sealed record ReachableEndpoint(string Method, string Template, ApiDescription? Api)
{
    public string Key => $"{Method} {Template}";

    public bool TakesBody => Api?.ParameterDescriptions.Any(p =>
        p.Source == BindingSource.Body || p.Source == BindingSource.Form || p.Source == BindingSource.FormFile) == true;

    public IEnumerable<ApiParameterDescription> QueryParameters =>
        Api?.ParameterDescriptions.Where(p => p.Source == BindingSource.Query) ?? [];
}

/// <summary>
/// Requests to one endpoint with one enterprise's ids in the route: without a query, then with each query filter by a
/// link of the enterprise in turn (combined, they could exclude each other). <see cref="Unmapped"/> lists what had no id.
/// </summary>
public sealed record ProbeRequest(string Path, IReadOnlyList<string> Queries, bool Targeted, IReadOnlyList<string> Unmapped)
{
    public IEnumerable<string> Urls => [Path, .. Queries.Select(q => Path + "?" + q)];
}

/// <summary>
/// The endpoints an EnterpriseUser can reach (every policy granted to the role, plain [Authorize], anonymous) and how
/// to aim each one at an enterprise: route and query ids by parameter name, chosen from the enterprise's records.
/// </summary>
public static partial class EnterpriseEndpoints
{
    public static IReadOnlyList<ReachableEndpoint> Reachable(IServiceProvider services)
    {
        var grants = RolePermissionSeedContributor.DefaultGrants[IncubationRoles.EnterpriseUser].ToHashSet(StringComparer.Ordinal);
        var descriptions = services.GetRequiredService<IApiDescriptionGroupCollectionProvider>().ApiDescriptionGroups.Items
            .SelectMany(g => g.Items)
            .ToLookup(d => d.ActionDescriptor.Id);
        var reachable = new List<ReachableEndpoint>();
        foreach (var endpoint in services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>().Where(e => IsGranted(e, grants)))
        {
            var template = Normalize(endpoint.RoutePattern.RawText ?? string.Empty);
            var action = endpoint.Metadata.GetMetadata<ActionDescriptor>();
            foreach (var method in endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? ["*"])
            {
                var api = action is null ? null : descriptions[action.Id].FirstOrDefault(d => string.Equals(d.HttpMethod, method, StringComparison.OrdinalIgnoreCase));
                reachable.Add(new ReachableEndpoint(method, template, api));
            }
        }

        return reachable.DistinctBy(e => e.Key).OrderBy(e => e.Key, StringComparer.Ordinal).ToList();
    }

    /// <summary>The request aimed at <paramref name="world"/>: its ids in the route, its links in the query.</summary>
    public static ProbeRequest Aim(ReachableEndpoint endpoint, EnterpriseWorld world)
    {
        var unmapped = new List<string>();
        var targeted = false;
        var segments = endpoint.Template.Split('/');
        for (var i = 0; i < segments.Length; i++)
        {
            var before = i > 0 ? segments[i - 1] : string.Empty;
            segments[i] = RouteParameter().Replace(segments[i], match =>
            {
                var name = match.Groups["name"].Value;
                if (WorldRouteValue(before, name, world) is { } value)
                {
                    targeted = true;
                    return value;
                }

                if (NeutralRouteValue(before, name) is { } neutral)
                {
                    return neutral;
                }

                unmapped.Add($"{endpoint.Key}: route parameter '{name}' after '{before}'");
                return match.Value;
            });
        }

        var query = new List<string>();
        foreach (var parameter in endpoint.QueryParameters)
        {
            var value = QueryValue(parameter.Name, world);
            var type = Nullable.GetUnderlyingType(parameter.Type ?? typeof(object)) ?? parameter.Type;
            if (value is null && type == typeof(Guid) && !IsLinkAbsent(parameter.Name, world))
            {
                unmapped.Add($"{endpoint.Key}: query parameter '{parameter.Name}'");
            }

            if (value is not null)
            {
                query.Add($"{parameter.Name}={Uri.EscapeDataString(value)}");
            }
        }

        return new ProbeRequest("/" + string.Join('/', segments), query, targeted, unmapped);
    }

    /// <summary>Route parameters that name a record of the enterprise, by the parameter and the collection before it.</summary>
    private static string? WorldRouteValue(string collection, string name, EnterpriseWorld w) => (collection, name) switch
    {
        (_, "enterpriseId") or ("enterprises", "id") => Id(w.Enterprise.Id),
        ("needs", "id") => Id(w.NeedId),
        ("visits", "id") => Id(w.VisitId),
        ("files", "id") => Id(w.FileId),
        ("memberships", "id") => Id(w.MembershipId),
        ("qualifications", "id") => Id(w.QualificationId),
        ("notifications", "id") => Id(w.NotificationId),
        ("colleagues", "id") => Id(w.Member.Id),
        ("certification-applications", "id") => Id(w.ApplicationId),
        ("yearly-data", "fiscalYear") => w.FiscalYear.ToString(System.Globalization.CultureInfo.InvariantCulture),
        _ => null,
    };

    /// <summary>Route parameters that belong to no enterprise (a calendar year, a document name).</summary>
    private static string? NeutralRouteValue(string collection, string name) => (collection, name) switch
    {
        ("years", "year") => "2025",
        ("openapi", "documentName") => "v1",
        _ => null,
    };

    /// <summary>Query filters by a link of the enterprise (to its officer, unit, incubator, place) or by its own words.</summary>
    private static string? QueryValue(string name, EnterpriseWorld w) => name.ToLowerInvariant() switch
    {
        "enterpriseid" => Id(w.Enterprise.Id),
        "officerid" or "responsibleofficerid" => w.OfficerId is { } officer ? Id(officer) : null,
        "incubatorid" => w.IncubatorId is { } incubator ? Id(incubator) : null,
        "responsibleunitid" => Id(w.UnitId),
        "subdistrictcode" => w.Enterprise.SubDistrictCode,
        "filter" => w.Marker,
        _ => null,
    };

    /// <summary>A link the enterprise simply does not have (no incubator, no officer): nothing to filter by.</summary>
    private static bool IsLinkAbsent(string name, EnterpriseWorld w) => name.ToLowerInvariant() switch
    {
        "officerid" or "responsibleofficerid" => w.OfficerId is null,
        "incubatorid" => w.IncubatorId is null,
        _ => false,
    };

    private static bool IsGranted(RouteEndpoint endpoint, HashSet<string> grants)
    {
        if (endpoint.Metadata.GetMetadata<IAllowAnonymous>() is not null)
        {
            return true;
        }

        return endpoint.Metadata.GetOrderedMetadata<IAuthorizeData>().All(a =>
            (a.Policy is null || grants.Contains(a.Policy))
            && (string.IsNullOrEmpty(a.Roles) || a.Roles.Split(',').Select(r => r.Trim()).Contains(IncubationRoles.EnterpriseUser)));
    }

    private static string Normalize(string template) => template.TrimStart('~').TrimStart('/');

    private static string Id(Guid id) => id.ToString();

    [GeneratedRegex(@"\{\*{0,2}(?<name>\w+)(?::[^}]*)?\}")]
    private static partial Regex RouteParameter();
}
