using Incubation.Enterprises;

namespace Incubation.Identity;

public class DataScopeTests
{
    private static readonly Guid User = Guid.NewGuid();
    private static readonly Guid Incubator = Guid.NewGuid();
    private static readonly Guid OwnEnterprise = Guid.NewGuid();
    private static readonly AppUserScopeLinks Links = new(User, Incubator, "520103019", OwnEnterprise);

    private static Enterprise Make(Guid? id = null, string subDistrict = "520103020", Guid? incubator = null, Guid? officer = null) =>
        new(id ?? Guid.NewGuid(), "E", CreditCode.Create("91310110666007217T"), subDistrict, "10101")
        {
            IncubatorId = incubator,
            ResponsibleOfficerId = officer,
        };

    [Theory]
    [InlineData(IncubationRoles.BureauAdmin)]
    [InlineData(IncubationRoles.BureauReviewer)]
    [InlineData(IncubationRoles.Leader)]
    public void Should_let_district_wide_roles_see_everything(string role) =>
        Assert.True(DataScope.For(Links, [role]).Covers(Make()));

    [Fact]
    public void Should_let_an_incubator_manager_see_their_incubator_and_their_assignments_only()
    {
        var scope = DataScope.For(Links, [IncubationRoles.IncubatorManager]);
        Assert.True(scope.Covers(Make(incubator: Incubator)));
        Assert.True(scope.Covers(Make(officer: User)));
        Assert.False(scope.Covers(Make(incubator: Guid.NewGuid())));
        Assert.False(scope.Covers(Make(subDistrict: "520103019"))); // not a street officer
        Assert.False(scope.Covers(Make())); // no incubator: must not match "null == null"
    }

    [Fact]
    public void Should_let_a_street_officer_see_their_sub_district_only()
    {
        var scope = DataScope.For(Links, [IncubationRoles.StreetOfficer]);
        Assert.True(scope.Covers(Make(subDistrict: "520103019")));
        Assert.False(scope.Covers(Make(subDistrict: "520103020", incubator: Incubator)));
    }

    [Fact]
    public void Should_let_an_enterprise_user_see_their_own_enterprise_only()
    {
        var scope = DataScope.For(Links, [IncubationRoles.EnterpriseUser]);
        Assert.True(scope.Covers(Make(id: OwnEnterprise)));
        Assert.False(scope.Covers(Make(subDistrict: "520103019")));
    }

    [Fact]
    public void Should_give_a_unit_officer_no_enterprise() =>
        Assert.False(DataScope.For(Links, [IncubationRoles.UnitOfficer]).Covers(Make(subDistrict: "520103019", incubator: Incubator)));

    [Fact]
    public void Should_see_nothing_without_a_link() =>
        Assert.False(DataScope.For(new AppUserScopeLinks(User, null, null, null), [IncubationRoles.StreetOfficer]).Covers(Make()));
}
