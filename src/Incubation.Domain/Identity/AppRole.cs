using Microsoft.AspNetCore.Identity;

namespace Incubation.Identity;

public class AppRole : IdentityRole<Guid>
{
    public AppRole()
    {
        Id = Guid.CreateVersion7();
    }

    public AppRole(string name) : this()
    {
        Name = name;
        NormalizedName = name.ToUpperInvariant();
    }

    /// <summary>Seeded roles cannot be deleted.</summary>
    public bool IsStatic { get; set; }
}
