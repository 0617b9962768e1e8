using FluentValidation;
using Incubation.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Incubation.Enterprises;

/// <summary>The app service called directly, on a real database, as a given user: no HTTP layer to lean on.</summary>
public class EnterpriseAppServiceTests(ApplicationTestFactory factory) : IClassFixture<ApplicationTestFactory>
{
    private readonly TestData _data = new(factory);

    [Fact]
    public async Task Should_check_its_own_permission_even_without_the_controller()
    {
        var unitOfficer = await _data.UserAsync(IncubationRoles.UnitOfficer);
        var error = await Assert.ThrowsAsync<AuthorizationException>(() => factory.AsUserAsync(unitOfficer, IncubationRoles.UnitOfficer,
            sp => sp.GetRequiredService<IEnterpriseAppService>().GetListAsync(new GetEnterpriseListInput(), CancellationToken.None)));
        Assert.Equal(403, error.StatusCode);
    }

    [Fact]
    public async Task Should_validate_its_input_even_without_the_controller()
    {
        var admin = await _data.UserAsync(IncubationRoles.BureauAdmin);
        var error = await Assert.ThrowsAsync<ValidationException>(() => factory.AsUserAsync(admin, IncubationRoles.BureauAdmin,
            sp => sp.GetRequiredService<IEnterpriseAppService>().CreateAsync(
                new CreateEnterpriseDto { Name = "x", UnifiedSocialCreditCode = "bad", SubDistrictCode = TestData.SubDistrictA, IndustryFieldCode = TestData.LeafField },
                CancellationToken.None)));
        Assert.Contains(error.Errors, e => e.PropertyName == nameof(CreateEnterpriseDto.UnifiedSocialCreditCode));
    }

    [Fact]
    public async Task Should_apply_the_data_scope_in_the_query_it_sends()
    {
        var street = await _data.UserAsync(IncubationRoles.StreetOfficer, subDistrictCode: TestData.SubDistrictB);
        var inside = await _data.EnterpriseAsync(subDistrictCode: TestData.SubDistrictB);
        var outside = await _data.EnterpriseAsync(subDistrictCode: TestData.SubDistrictA);

        var (sql, visible) = await factory.AsUserAsync(street, IncubationRoles.StreetOfficer, async sp =>
        {
            var query = sp.GetRequiredService<IEnterpriseRepository>().Query().Select(e => new { e.Id, e.SubDistrictCode });
            return (query.ToQueryString(), await query.ToListAsync());
        });

        Assert.Contains("SubDistrictCode", sql, StringComparison.Ordinal); // filtered by the database, not after loading
        Assert.Contains(visible, e => e.Id == inside.Id);
        Assert.DoesNotContain(visible, e => e.Id == outside.Id);
        Assert.All(visible, e => Assert.Equal(TestData.SubDistrictB, e.SubDistrictCode));
    }

    [Fact]
    public async Task Should_refuse_a_stale_stamp_before_touching_the_database()
    {
        var admin = await _data.UserAsync(IncubationRoles.BureauAdmin);
        var enterprise = await _data.EnterpriseAsync();
        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => factory.AsUserAsync(admin, IncubationRoles.BureauAdmin,
            sp => sp.GetRequiredService<IEnterpriseAppService>().UpdateAsync(enterprise.Id, new UpdateEnterpriseDto
            {
                Name = "x",
                UnifiedSocialCreditCode = enterprise.UnifiedSocialCreditCode,
                SubDistrictCode = enterprise.SubDistrictCode,
                IndustryFieldCode = enterprise.IndustryFieldCode,
                ConcurrencyStamp = "not-the-current-stamp",
            }, CancellationToken.None)));
    }
}
