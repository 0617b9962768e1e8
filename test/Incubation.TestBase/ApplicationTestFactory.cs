using Incubation.Identity;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Incubation;

/// <summary>
/// The host's services with a <see cref="FakeCurrentUser"/> and a <see cref="FakeClock"/>, for application-layer tests
/// without HTTP.
/// </summary>
public sealed class ApplicationTestFactory : IncubationWebApplicationFactory
{
    public FakeClock Clock { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services =>
        {
            services.AddScoped<FakeCurrentUser>();
            services.AddScoped<ICurrentUser>(sp => sp.GetRequiredService<FakeCurrentUser>());
            services.AddSingleton<TimeProvider>(Clock);
        });
    }

    /// <summary>Runs <paramref name="action"/> in a fresh scope as <paramref name="user"/> with one role.</summary>
    public Task<T> AsUserAsync<T>(AppUser user, string role, Func<IServiceProvider, Task<T>> action) =>
        WithServicesAsync(sp =>
        {
            sp.GetRequiredService<FakeCurrentUser>().SignIn(user, role);
            return action(sp);
        });
}
