using Incubation.Data;
using Incubation.Identity;
using Incubation.Lookups;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Incubation.Visits;

/// <summary>Where a need lands when an enterprise names no unit: the bureau's own, or the one the setting names.</summary>
public class DefaultNeedUnitTests(ApplicationTestFactory factory) : IClassFixture<ApplicationTestFactory>
{
    private readonly TestData _data = new(factory);

    [Fact]
    public async Task Should_be_the_bureau_of_science_and_technology_unless_the_setting_names_another_unit()
    {
        var bureau = await UnitIdAsync("区科学技术局");
        var industry = await UnitIdAsync("区工业和信息化局");

        Assert.Equal(bureau, await FindAsync(null));
        Assert.Equal(bureau, await FindAsync(" "));
        Assert.Equal(industry, await FindAsync("区工业和信息化局"));
        Assert.Null(await FindAsync("不存在的单位"));
    }

    [Fact]
    public async Task Should_refuse_an_enterprises_need_without_a_unit_with_400_when_the_configured_unit_is_missing()
    {
        var enterprise = await _data.EnterpriseAsync();
        var staff = await _data.UserAsync(IncubationRoles.EnterpriseUser, enterpriseId: enterprise.Id);

        var error = await Assert.ThrowsAsync<BusinessException>(() => factory.AsUserAsync(staff, IncubationRoles.EnterpriseUser, sp =>
            ActivatorUtilities.CreateInstance<NeedAppService>(sp, Resolver(sp, "不存在的单位")).CreateAsync(
                new CreateNeedDto { EnterpriseId = enterprise.Id, Category = NeedCategory.Policy, Description = "需要政策解读" }, CancellationToken.None)));

        Assert.Equal((IncubationErrorCodes.UnknownResponsibleUnit, 400, "responsibleUnitId"), (error.Code, error.StatusCode, error.Field));
        Assert.False(await factory.WithServicesAsync(sp => sp.GetRequiredService<IRepository<Need>>().Query().AnyAsync(n => n.EnterpriseId == enterprise.Id)));
    }

    private Task<Guid?> FindAsync(string? configuredName) =>
        factory.WithServicesAsync(sp => Resolver(sp, configuredName).FindIdAsync(CancellationToken.None));

    private static DefaultNeedUnit Resolver(IServiceProvider sp, string? configuredName) =>
        new(sp.GetRequiredService<IRepository<ResponsibleUnit>>(), new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { [NeedConsts.DefaultUnitSetting] = configuredName })
            .Build());

    private Task<Guid> UnitIdAsync(string name) =>
        factory.WithServicesAsync(sp => sp.GetRequiredService<IRepository<ResponsibleUnit>>().Query().Where(u => u.Name == name).Select(u => u.Id).SingleAsync());
}
