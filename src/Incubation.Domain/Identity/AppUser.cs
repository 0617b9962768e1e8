using Microsoft.AspNetCore.Identity;

namespace Incubation.Identity;

/// <summary>A user of the system; the optional links define what data they may see (their data scope).</summary>
public class AppUser : IdentityUser<Guid>
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
    public DateTime CreationTime { get; set; }
}
