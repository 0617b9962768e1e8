using Microsoft.AspNetCore.Identity;

namespace Incubation.Identity;

/// <summary>Password and lockout rules, the same for the host and the migrator.</summary>
public static class IdentityPolicy
{
    public const int MaxFailedAccessAttempts = 5;

    public static void Configure(IdentityOptions options)
    {
        options.Password.RequiredLength = 6;
        options.Password.RequireDigit = true;
        options.Password.RequireLowercase = true;
        options.Password.RequireUppercase = true;
        options.Password.RequireNonAlphanumeric = true;
        options.Lockout.AllowedForNewUsers = true;
        options.Lockout.MaxFailedAccessAttempts = MaxFailedAccessAttempts;
        options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
        options.User.RequireUniqueEmail = false;
    }
}
