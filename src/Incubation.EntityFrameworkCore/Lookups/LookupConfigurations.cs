using Incubation.EntityFrameworkCore;
using Incubation.Enterprises;
using Incubation.Incubators;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Incubation.Lookups;

internal sealed class SubDistrictConfiguration : IEntityTypeConfiguration<SubDistrict>
{
    public void Configure(EntityTypeBuilder<SubDistrict> b)
    {
        b.ToTable("SubDistricts");
        b.HasKey(s => s.Code);
        b.Property(s => s.Code).HasMaxLength(EnterpriseConsts.SubDistrictCodeLength);
        b.Property(s => s.Name).HasMaxLength(64).IsRequired();
        b.Property(s => s.Kind).HasMaxLength(16).IsRequired();
    }
}

internal sealed class TechFieldConfiguration : IEntityTypeConfiguration<TechField>
{
    public void Configure(EntityTypeBuilder<TechField> b)
    {
        b.ToTable("TechFields");
        b.HasKey(f => f.Code);
        b.Property(f => f.Code).HasMaxLength(EnterpriseConsts.MaxTechFieldCodeLength);
        b.Property(f => f.ParentCode).HasMaxLength(EnterpriseConsts.MaxTechFieldCodeLength);
        b.Property(f => f.Name).HasMaxLength(128).IsRequired();
        b.HasIndex(f => f.ParentCode);
    }
}

internal sealed class ResponsibleUnitConfiguration : IEntityTypeConfiguration<ResponsibleUnit>
{
    public void Configure(EntityTypeBuilder<ResponsibleUnit> b)
    {
        b.ToTable("ResponsibleUnits");
        b.ConfigureFullAudited();
        b.Property(u => u.Name).HasMaxLength(64).IsRequired();
        b.Property(u => u.Kind).HasMaxLength(32).IsRequired();
        b.HasIndex(u => u.Name);
    }
}

internal sealed class IncubatorConfiguration : IEntityTypeConfiguration<Incubator>
{
    public void Configure(EntityTypeBuilder<Incubator> b)
    {
        b.ToTable("Incubators");
        b.ConfigureFullAudited();
        b.Property(i => i.Name).HasMaxLength(128).IsRequired();
        b.Property(i => i.SubDistrictCode).HasMaxLength(EnterpriseConsts.SubDistrictCodeLength).IsRequired();
        b.Property(i => i.Operator).HasMaxLength(Platforms.PlatformConsts.MaxHostInstitutionLength);
        b.HasIndex(i => i.Name);
    }
}
