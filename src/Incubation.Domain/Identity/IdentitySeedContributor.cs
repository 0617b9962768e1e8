using Incubation.Data;
using Microsoft.AspNetCore.Identity;

namespace Incubation.Identity;

/// <summary>The seven roles and the first administrator.</summary>
public sealed class IdentitySeedContributor(UserManager<AppUser> users, RoleManager<AppRole> roles, TimeProvider clock)
    : IDataSeedContributor
{
    public const string AdminUserName = "admin";

    public int Order => 10;

    public async Task SeedAsync(DataSeedContext context, CancellationToken cancellationToken)
    {
        foreach (var name in IncubationRoles.All)
        {
            if (await roles.FindByNameAsync(name) is null)
            {
                EnsureSucceeded(await roles.CreateAsync(new AppRole(name) { IsStatic = true }), $"role {name}");
            }
        }

        if (await users.FindByNameAsync(AdminUserName) is not null)
        {
            return;
        }

        if (string.IsNullOrWhiteSpace(context.AdminPassword))
        {
            throw new InvalidOperationException(
                "No administrator exists yet and no password is configured for it: set Identity:AdminPassword " +
                "(environment variable Identity__AdminPassword) before the first start.");
        }

        var admin = new AppUser(AdminUserName)
        {
            Email = "admin@incubation.local",
            EmailConfirmed = true,
            DisplayName = "Administrator",
            CreationTime = clock.GetUtcNow().UtcDateTime,
        };
        EnsureSucceeded(await users.CreateAsync(admin, context.AdminPassword), "the administrator");
        EnsureSucceeded(await users.AddToRoleAsync(admin, IncubationRoles.BureauAdmin), "the administrator's role");
    }

    internal static void EnsureSucceeded(IdentityResult result, string what)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(
                $"Could not create {what}: {string.Join("; ", result.Errors.Select(e => e.Description))}");
        }
    }
}
