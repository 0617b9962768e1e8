using Incubation.Data;
using Incubation.Enterprises;
using Incubation.Identity;
using Incubation.Incubators;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Incubation;

/// <summary>Builders that write straight through the domain (as the system), for arranging a test.</summary>
public sealed class TestData(IncubationWebApplicationFactory factory)
{
    public const string SubDistrictA = "520103019"; // 大营路街道
    public const string SubDistrictB = "520103020"; // 黔灵东路街道
    public const string LeafField = "10101";        // 基础软件
    public const string OtherLeafField = "10201";

    private static int _seed = Environment.TickCount;

    /// <summary>A valid synthetic credit code no other test uses.</summary>
    public static string NewCreditCode() => SyntheticCreditCodes.Next(new Random(Interlocked.Increment(ref _seed)));

    public Task<Incubator> IncubatorAsync(string name = "Test incubator") =>
        factory.WithServicesAsync(async sp =>
        {
            var incubator = new Incubator(Guid.CreateVersion7(), name + " " + Guid.NewGuid().ToString("N")[..6], SubDistrictA);
            sp.GetRequiredService<IRepository<Incubator>>().Add(incubator);
            await sp.GetRequiredService<IUnitOfWork>().SaveChangesAsync(CancellationToken.None);
            return incubator;
        });

    public Task<Enterprise> EnterpriseAsync(
        string? name = null, string subDistrictCode = SubDistrictA, Guid? incubatorId = null, Guid? officerId = null) =>
        factory.WithServicesAsync(async sp =>
        {
            var enterprise = new Enterprise(
                Guid.CreateVersion7(), name ?? "Enterprise " + Guid.NewGuid().ToString("N")[..8],
                CreditCode.Create(NewCreditCode()), subDistrictCode, LeafField)
            {
                IncubatorId = incubatorId,
                ResponsibleOfficerId = officerId,
            };
            sp.GetRequiredService<IEnterpriseRepository>().Add(enterprise);
            await sp.GetRequiredService<IUnitOfWork>().SaveChangesAsync(CancellationToken.None);
            return enterprise;
        });

    /// <summary>Creates a user with one role and optional scope links; the password is <see cref="IncubationWebApplicationFactory.UserPassword"/>.</summary>
    public Task<AppUser> UserAsync(
        string role, Guid? incubatorId = null, string? subDistrictCode = null, Guid? enterpriseId = null, Guid? unitId = null) =>
        factory.WithServicesAsync(async sp =>
        {
            var users = sp.GetRequiredService<UserManager<AppUser>>();
            var user = new AppUser(role.ToLowerInvariant() + "-" + Guid.NewGuid().ToString("N")[..8])
            {
                IncubatorId = incubatorId,
                SubDistrictCode = subDistrictCode,
                EnterpriseId = enterpriseId,
                ResponsibleUnitId = unitId,
                DisplayName = role,
            };
            Check(await users.CreateAsync(user, IncubationWebApplicationFactory.UserPassword));
            Check(await users.AddToRoleAsync(user, role));
            return user;
        });

    /// <summary>Switches a user off (as an administrator would): they can no longer sign in nor get notifications.</summary>
    public Task<int> DeactivateAsync(AppUser user) =>
        factory.WithServicesAsync(async sp =>
        {
            var users = sp.GetRequiredService<UserManager<AppUser>>();
            var stored = await users.FindByIdAsync(user.Id.ToString()) ?? throw new InvalidOperationException($"No user {user.Id}.");
            stored.IsActive = false;
            Check(await users.UpdateAsync(stored));
            return 0;
        });

    /// <summary>A signed-in API client for a new user of the role.</summary>
    public async Task<ApiClient> ClientForAsync(
        string role, Guid? incubatorId = null, string? subDistrictCode = null, Guid? enterpriseId = null)
    {
        var user = await UserAsync(role, incubatorId, subDistrictCode, enterpriseId);
        return await ClientForAsync(user);
    }

    public async Task<ApiClient> ClientForAsync(AppUser user)
    {
        var client = factory.CreateApiClient();
        await client.LoginOrFailAsync(user.UserName!, IncubationWebApplicationFactory.UserPassword);
        return client;
    }

    public async Task<ApiClient> AdminClientAsync()
    {
        var client = factory.CreateApiClient();
        await client.LoginOrFailAsync(IdentitySeedContributor.AdminUserName, IncubationWebApplicationFactory.AdminPassword);
        return client;
    }

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(string.Join("; ", result.Errors.Select(e => e.Description)));
        }
    }
}
