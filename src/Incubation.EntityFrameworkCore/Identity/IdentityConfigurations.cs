using Incubation.Enterprises;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Incubation.Identity;

internal sealed class AppUserConfiguration : IEntityTypeConfiguration<AppUser>
{
    public void Configure(EntityTypeBuilder<AppUser> b)
    {
        b.Property(u => u.DisplayName).HasMaxLength(64);
        b.Property(u => u.SubDistrictCode).HasMaxLength(EnterpriseConsts.SubDistrictCodeLength);
        b.HasIndex(u => u.IncubatorId);
        b.HasIndex(u => u.EnterpriseId);
        b.HasIndex(u => u.ResponsibleUnitId);
    }
}

internal sealed class PermissionGrantConfiguration : IEntityTypeConfiguration<PermissionGrant>
{
    public void Configure(EntityTypeBuilder<PermissionGrant> b)
    {
        b.ToTable("PermissionGrants");
        b.Property(g => g.Name).HasMaxLength(128).IsRequired();
        b.Property(g => g.RoleName).HasMaxLength(256).IsRequired();
        b.HasIndex(g => new { g.RoleName, g.Name }).IsUnique();
    }
}
