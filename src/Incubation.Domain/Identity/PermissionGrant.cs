using Incubation.Entities;

namespace Incubation.Identity;

/// <summary>A permission granted to a role, stored so the bureau can change grants without a release.</summary>
public class PermissionGrant : Entity, IAudited
{
    private PermissionGrant()
    {
    }

    public PermissionGrant(string name, string roleName)
    {
        Name = name;
        RoleName = roleName;
    }

    public string Name { get; private set; } = string.Empty;
    public string RoleName { get; private set; } = string.Empty;
}
