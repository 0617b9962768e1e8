namespace Incubation.Identity;

/// <summary>The system itself (migrator, seeding, background work): nobody signed in, every record visible.</summary>
public sealed class SystemCurrentUser : ICurrentUser
{
    public bool IsAuthenticated => false;
    public Guid? Id => null;
    public string? UserName => "system";
    public string? DisplayName => "system";
    public IReadOnlyList<string> Roles => [];
    public DataScope DataScope => DataScope.Unrestricted;
}
