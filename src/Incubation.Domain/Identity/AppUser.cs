using Microsoft.AspNetCore.Identity;

namespace Incubation.Identity;

/// <summary>A user of the system; the optional links define what data they may see (their data scope).</summary>
public class AppUser : IdentityUser<Guid>, Entities.IAudited
{
    public AppUser()
    {
        Id = Guid.CreateVersion7();
        SecurityStamp = Guid.NewGuid().ToString();
    }

    public AppUser(string userName) : this() => UserName = userName;

    public string? DisplayName { get; set; }
    public Guid? IncubatorId { get; set; }
    public string? SubDistrictCode { get; set; }
    public Guid? ResponsibleUnitId { get; set; }
    public Guid? EnterpriseId { get; set; }
    public bool IsActive { get; set; } = true;

    /// <summary>The enterprise user who manages the enterprise's other accounts (the approved first registrant).</summary>
    public bool IsEnterpriseAdmin { get; set; }
    public DateTime CreationTime { get; set; }
}
