using Incubation.Identity;

namespace Incubation;

/// <summary>A current user the test sets by hand (the system until it does), for calling app services directly.</summary>
public sealed class FakeCurrentUser : ICurrentUser
{
    private ICurrentUser _user = new SystemCurrentUser();

    public bool IsAuthenticated => _user.IsAuthenticated;
    public Guid? Id => _user.Id;
    public string? UserName => _user.UserName;
    public string? DisplayName => _user.DisplayName;
    public IReadOnlyList<string> Roles => _user.Roles;
    public DataScope DataScope => _user.DataScope;

    public void SignIn(AppUser user, params string[] roles) =>
        _user = new SignedIn(user.Id, user.UserName, roles,
            DataScope.For(new AppUserScopeLinks(user.Id, user.IncubatorId, user.SubDistrictCode, user.EnterpriseId, user.ResponsibleUnitId), roles));

    private sealed record SignedIn(Guid? Id, string? UserName, IReadOnlyList<string> Roles, DataScope DataScope) : ICurrentUser
    {
        public bool IsAuthenticated => true;
        public string? DisplayName => UserName;
    }
}
