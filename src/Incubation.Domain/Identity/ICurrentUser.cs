namespace Incubation.Identity;

/// <summary>Who is making the current request (nobody for the migrator and background work).</summary>
public interface ICurrentUser
{
    bool IsAuthenticated { get; }
    Guid? Id { get; }
    string? UserName { get; }
    string? DisplayName { get; }
    IReadOnlyList<string> Roles { get; }

    /// <summary>The records this user may see, derived from their roles and links.</summary>
    DataScope DataScope { get; }
}
