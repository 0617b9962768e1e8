using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;

namespace Incubation.Infrastructure;

/// <summary>The real host on a real loopback port, serving the built Angular app, for a real browser.</summary>
public sealed class BrowserTestFactory : IncubationWebApplicationFactory
{
    public BrowserTestFactory()
    {
        UseKestrel(0);
        StartServer();
    }

    public Uri BaseAddress =>
        new(Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses
            .First().Replace("[::]", "127.0.0.1", StringComparison.Ordinal).Replace("0.0.0.0", "127.0.0.1", StringComparison.Ordinal));

    protected override string EnvironmentName => "Development";

    protected override IDictionary<string, string?> ExtraSettings => new Dictionary<string, string?>
    {
        ["Spa:RootPath"] = RepositoryPaths.AngularDist,
        ["Urls"] = "http://127.0.0.1:0",
    };
}
