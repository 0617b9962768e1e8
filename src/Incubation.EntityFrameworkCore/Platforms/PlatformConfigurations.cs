using Incubation.Enterprises;
using Incubation.EntityFrameworkCore;
using Incubation.Lookups;
using Incubation.Planning;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Incubation.Platforms;

internal sealed class InnovationPlatformConfiguration : IEntityTypeConfiguration<InnovationPlatform>
{
    public void Configure(EntityTypeBuilder<InnovationPlatform> b)
    {
        b.ToTable("InnovationPlatforms");
        b.ConfigureFullAudited();
        b.Property(p => p.Name).HasMaxLength(PlatformConsts.MaxNameLength).IsRequired();
        b.Property(p => p.HostInstitution).HasMaxLength(PlatformConsts.MaxHostInstitutionLength);
        b.Property(p => p.ApprovalNumber).HasMaxLength(PlatformConsts.MaxApprovalNumberLength);
        b.Property(p => p.Note).HasMaxLength(PlatformConsts.MaxNoteLength);
        b.Property(p => p.SubDistrictCode).HasMaxLength(EnterpriseConsts.SubDistrictCodeLength).IsRequired();
        b.HasOne<Enterprise>().WithMany().HasForeignKey(p => p.HostEnterpriseId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<SubDistrict>().WithMany().HasForeignKey(p => p.SubDistrictCode).OnDelete(DeleteBehavior.Restrict);

        // The indicator counts by approval date and end date; lists filter by kind and sub-district.
        b.HasIndex(p => new { p.ApprovedOn, p.EndedOn });
        b.HasIndex(p => new { p.Kind, p.Level });
        b.HasIndex(p => p.SubDistrictCode);
        b.HasIndex(p => p.HostEnterpriseId);
    }
}

internal sealed class TechTransferProjectConfiguration : IEntityTypeConfiguration<TechTransferProject>
{
    public void Configure(EntityTypeBuilder<TechTransferProject> b)
    {
        b.ToTable("TechTransferProjects");
        b.ConfigureFullAudited();
        b.Property(p => p.Title).HasMaxLength(PlatformConsts.MaxNameLength).IsRequired();
        b.Property(p => p.Note).HasMaxLength(PlatformConsts.MaxNoteLength);
        b.Property(p => p.AmountFunded).HasPrecision(PlanningConsts.ValuePrecision, PlanningConsts.ValueScale);
        b.HasOne<Enterprise>().WithMany().HasForeignKey(p => p.EnterpriseId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(p => new { p.Year, p.Status });
        b.HasIndex(p => p.EnterpriseId);
    }
}
