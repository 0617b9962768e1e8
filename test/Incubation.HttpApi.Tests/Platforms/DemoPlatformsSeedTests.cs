using FluentValidation;
using Incubation.Data;
using Incubation.Incubators;
using Incubation.Planning;
using Incubation.Planning.Benefits;
using Microsoft.Extensions.DependencyInjection;

namespace Incubation.Platforms;

/// <summary>The development demo set of the Platforms module: seeded once, synthetic, and valid by the module's own rules.</summary>
public class DemoPlatformsSeedTests(IncubationWebApplicationFactory factory) : IClassFixture<IncubationWebApplicationFactory>
{
    [Fact]
    public async Task Should_seed_demo_platforms_projects_and_grants_once_and_each_one_valid()
    {
        await SeedDemoAsync();
        var first = await CountsAsync();
        await SeedDemoAsync();

        Assert.Equal((DemoPlatformsSeedContributor.PlatformCount, DemoPlatformsSeedContributor.ProjectCount, DemoPlatformsSeedContributor.GrantCount), first);
        Assert.Equal(first, await CountsAsync());
        await factory.WithServicesAsync(async sp =>
        {
            var platforms = sp.GetRequiredService<IRepository<InnovationPlatform>>().Query().ToList();
            Assert.All(platforms, p => Assert.StartsWith("DEMO-", p.ApprovalNumber, StringComparison.Ordinal));
            Assert.Contains(platforms, p => p.Status != PlatformStatus.Active);
            Assert.Contains(platforms, p => p.HostEnterpriseId is null);
            Assert.True(platforms.Select(p => p.Kind).Distinct().Count() >= 8);
            var platformRules = sp.GetRequiredService<IValidator<CreateInnovationPlatformDto>>();
            foreach (var p in platforms)
            {
                var input = new CreateInnovationPlatformDto
                {
                    Name = p.Name, Kind = p.Kind, Level = p.Level, HostEnterpriseId = p.HostEnterpriseId, HostInstitution = p.HostInstitution,
                    SubDistrictCode = p.SubDistrictCode, ApprovalNumber = p.ApprovalNumber, ApprovedOn = p.ApprovedOn, Status = p.Status, EndedOn = p.EndedOn,
                };
                var result = await platformRules.ValidateAsync(input);
                Assert.True(result.IsValid, p.Name + ": " + result);
            }

            var projects = sp.GetRequiredService<IRepository<TechTransferProject>>().Query().ToList();
            Assert.All(projects, p => Assert.InRange(p.Year, 2023, 2026));
            var projectRules = sp.GetRequiredService<IValidator<CreateTechTransferProjectDto>>();
            foreach (var p in projects)
            {
                var result = await projectRules.ValidateAsync(new CreateTechTransferProjectDto
                {
                    Year = p.Year, EnterpriseId = p.EnterpriseId, Title = p.Title, AmountFunded = p.AmountFunded, FundedOn = p.FundedOn, Status = p.Status,
                });
                Assert.True(result.IsValid, p.Title + ": " + result);
            }

            var grantRules = sp.GetRequiredService<IValidator<CreateBenefitGrantDto>>();
            foreach (var g in sp.GetRequiredService<IRepository<BenefitGrant>>().Query().ToList())
            {
                var result = await grantRules.ValidateAsync(new CreateBenefitGrantDto
                {
                    EnterpriseId = g.EnterpriseId, Policy = g.Policy, Batch = g.Batch, Amount = g.Amount, GrantedOn = g.GrantedOn, Note = g.Note,
                });
                Assert.True(result.IsValid, g.Id + ": " + result);
            }

            var bases = sp.GetRequiredService<IRepository<Incubator>>().Query().Where(i => i.IsDemo && i.Kind == IncubatorKind.InnovationBase).ToList();
            Assert.NotEmpty(bases);
            return 0;
        });
    }

    private Task SeedDemoAsync() => factory.WithServicesAsync(async sp =>
    {
        await sp.GetRequiredService<DataSeeder>().SeedAsync(new DataSeedContext(true, IncubationWebApplicationFactory.AdminPassword), CancellationToken.None);
        return 0;
    });

    private Task<(int, int, int)> CountsAsync() => factory.WithServicesAsync(sp => Task.FromResult((
        sp.GetRequiredService<IRepository<InnovationPlatform>>().Query().Count(),
        sp.GetRequiredService<IRepository<TechTransferProject>>().Query().Count(),
        sp.GetRequiredService<IRepository<BenefitGrant>>().Query().Count())));
}
