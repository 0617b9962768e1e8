using FluentValidation;
using Incubation.Data;
using Incubation.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Incubation.Enterprises;

/// <summary>Yearly data follows its enterprise's data scope in every query, not only behind the app service's check.</summary>
public class YearlyDataScopeTests(ApplicationTestFactory factory) : IClassFixture<ApplicationTestFactory>
{
    private readonly TestData _data = new(factory);

    [Fact]
    public async Task Should_show_yearly_data_and_revisions_only_of_enterprises_in_the_scope()
    {
        var street = await _data.UserAsync(IncubationRoles.StreetOfficer, subDistrictCode: TestData.SubDistrictB);
        var inside = await SubmittedYearAsync((await _data.EnterpriseAsync(subDistrictCode: TestData.SubDistrictB)).Id);
        var outside = await SubmittedYearAsync((await _data.EnterpriseAsync(subDistrictCode: TestData.SubDistrictA)).Id);

        var (years, revisions) = await factory.AsUserAsync(street, IncubationRoles.StreetOfficer, async sp =>
        {
            var repository = sp.GetRequiredService<IYearlyDataRepository>();
            return (await repository.Query().Select(y => y.Id).ToListAsync(),
                await repository.QueryRevisions().Select(r => r.YearlyDataId).ToListAsync());
        });

        Assert.Contains(inside, years);
        Assert.DoesNotContain(outside, years);
        Assert.Contains(inside, revisions);
        Assert.DoesNotContain(outside, revisions);
    }

    [Fact]
    public async Task Should_validate_the_fiscal_year_even_without_the_controller()
    {
        var admin = await _data.UserAsync(IncubationRoles.BureauAdmin);
        var enterprise = await _data.EnterpriseAsync();
        var error = await Assert.ThrowsAsync<ValidationException>(() => factory.AsUserAsync(admin, IncubationRoles.BureauAdmin,
            sp => sp.GetRequiredService<IYearlyDataAppService>().SaveDraftAsync(
                enterprise.Id, DateTime.Now.Year + 1, new UpdateYearlyDataDto { Employees = 3 }, CancellationToken.None)));
        Assert.Contains(error.Errors, e => e.PropertyName == "fiscalYear");
    }

    private Task<Guid> SubmittedYearAsync(Guid enterpriseId) =>
        factory.WithServicesAsync(async sp =>
        {
            var data = new YearlyData(Guid.CreateVersion7(), enterpriseId, 2023, new YearlyFigures { Employees = 5 }, DataProvenance.EnteredByOfficer, DateTime.UtcNow);
            data.Submit(new YearlyDataActor(null, "system", DateTime.UtcNow));
            sp.GetRequiredService<IYearlyDataRepository>().Add(data);
            await sp.GetRequiredService<IUnitOfWork>().SaveChangesAsync(CancellationToken.None);
            return data.Id;
        });
}
