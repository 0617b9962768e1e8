using Incubation.Enterprises;
using Incubation.Identity;
using Incubation.Incubators;
using Incubation.Lookups;
using Microsoft.AspNetCore.Identity;

namespace Incubation.Data;

/// <summary>
/// Development only: about 150 synthetic enterprises (valid synthetic credit codes, <c>IsDemo</c>), a few incubators
/// and one demo user per role, so a new user sees a living system. Seeded once; deterministic.
/// </summary>
public sealed class DemoDataSeedContributor(
    IEnterpriseRepository enterprises,
    IRepository<Incubator> incubators,
    IRepository<SubDistrict> subDistricts,
    IRepository<TechField> techFields,
    IRepository<ResponsibleUnit> units,
    UserManager<AppUser> users,
    IUnitOfWork unitOfWork,
    TimeProvider clock) : IDataSeedContributor
{
    public const int EnterpriseCount = 150;

    /// <summary>Demo users by role; they share the development administrator password.</summary>
    public static readonly IReadOnlyDictionary<string, string> DemoUsers = new Dictionary<string, string>
    {
        ["reviewer"] = IncubationRoles.BureauReviewer,
        ["manager"] = IncubationRoles.IncubatorManager,
        ["street"] = IncubationRoles.StreetOfficer,
        ["unit"] = IncubationRoles.UnitOfficer,
        ["enterprise"] = IncubationRoles.EnterpriseUser,
        ["leader"] = IncubationRoles.Leader,
    };

    public int Order => 100;

    public async Task SeedAsync(DataSeedContext context, CancellationToken cancellationToken)
    {
        if (!context.IncludeDemoData || incubators.Query().Any(i => i.IsDemo))
        {
            return;
        }

        var random = new Random(20230101);
        var names = ReferenceData.DemoNames();
        var districtCodes = subDistricts.Query().OrderBy(s => s.Code).Select(s => s.Code).ToList();
        var fieldCodes = techFields.Query().Where(f => f.Level == TechField.LeafLevel).OrderBy(f => f.Code).Select(f => f.Code).ToList();

        var demoIncubators = names["incubator"]
            .Select((name, i) => new Incubator(Guid.CreateVersion7(), name, districtCodes[i * 4 % districtCodes.Count], isDemo: true))
            .ToList();
        demoIncubators.ForEach(incubators.Add);

        var created = new List<Enterprise>();
        var usedNames = new HashSet<string>(StringComparer.Ordinal);
        while (created.Count < EnterpriseCount)
        {
            var name = Pick(random, names["region"]) + Pick(random, names["brand"]) + Pick(random, names["trade"]) + Pick(random, names["suffix"]);
            if (!usedNames.Add(name))
            {
                continue;
            }

            var enterprise = new Enterprise(
                Guid.CreateVersion7(), name, CreditCode.Create(SyntheticCreditCodes.Next(random)),
                Pick(random, districtCodes), Pick(random, fieldCodes), isDemo: true)
            {
                LegalRepresentative = Pick(random, names["surname"]) + Pick(random, names["given"]),
                EstablishedOn = new DateOnly(2005 + random.Next(18), 1 + random.Next(12), 1 + random.Next(28)),
                RegisteredCapital = 50 + random.Next(5000),
                Address = Pick(random, names["street"]) + (1 + random.Next(300)),
                IncubatorId = random.Next(3) == 0 ? Pick(random, demoIncubators).Id : null,

                // Every sixth is a 规上 sci-tech service enterprise (by position, so the random sequence stays as it was).
                IsAboveScale = created.Count % 6 == 0,
                IsSciTechService = created.Count % 6 == 0,
            };
            created.Add(enterprise);
            enterprises.Add(enterprise);
        }

        await unitOfWork.SaveChangesAsync(cancellationToken);
        await SeedDemoUsersAsync(context, demoIncubators[0], created, districtCodes[0]);
    }

    private async Task SeedDemoUsersAsync(DataSeedContext context, Incubator incubator, List<Enterprise> created, string subDistrictCode)
    {
        var unitId = units.Query().OrderBy(u => u.Name).Select(u => u.Id).First();
        foreach (var (userName, role) in DemoUsers)
        {
            if (await users.FindByNameAsync(userName) is not null || context.AdminPassword is null)
            {
                continue;
            }

            var user = new AppUser(userName)
            {
                Email = $"{userName}@incubation.local",
                EmailConfirmed = true,
                DisplayName = userName,
                CreationTime = clock.GetUtcNow().UtcDateTime,
                IncubatorId = role == IncubationRoles.IncubatorManager ? incubator.Id : null,
                SubDistrictCode = role == IncubationRoles.StreetOfficer ? subDistrictCode : null,
                ResponsibleUnitId = role == IncubationRoles.UnitOfficer ? unitId : null,
                EnterpriseId = role == IncubationRoles.EnterpriseUser ? created[0].Id : null,
                IsEnterpriseAdmin = role == IncubationRoles.EnterpriseUser,
            };
            IdentitySeedContributor.EnsureSucceeded(await users.CreateAsync(user, context.AdminPassword), userName);
            IdentitySeedContributor.EnsureSucceeded(await users.AddToRoleAsync(user, role), userName);
        }
    }

    private static T Pick<T>(Random random, IEnumerable<T> items)
    {
        var list = items as IReadOnlyList<T> ?? items.ToList();
        return list[random.Next(list.Count)];
    }
}
