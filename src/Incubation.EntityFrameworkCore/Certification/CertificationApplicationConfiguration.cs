using Incubation.Enterprises;
using Incubation.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Incubation.Certification;

internal sealed class CertificationApplicationConfiguration : IEntityTypeConfiguration<CertificationApplication>
{
    public void Configure(EntityTypeBuilder<CertificationApplication> b)
    {
        b.ToTable("CertificationApplications");
        b.ConfigureFullAudited();
        b.Ignore(a => a.Completeness);
        b.OwnsMany(a => a.Evidence, e =>
        {
            e.ToJson();
            e.Property(x => x.Code).HasMaxLength(ApplicationConsts.MaxEvidenceCodeLength);
            e.Property(x => x.Note).HasMaxLength(ApplicationConsts.MaxNoteLength);
        });
        b.Navigation(a => a.Evidence).HasField("_evidence").UsePropertyAccessMode(PropertyAccessMode.Field);
        b.HasMany(a => a.Events).WithOne().HasForeignKey(e => e.ApplicationId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(a => a.Events).HasField("_events").UsePropertyAccessMode(PropertyAccessMode.Field);
        b.HasOne<Enterprise>().WithMany().HasForeignKey(a => a.EnterpriseId).OnDelete(DeleteBehavior.Restrict);

        // The board: one kind and year, by stage.
        b.HasIndex(a => new { a.Kind, a.Year, a.Stage });
    }
}

internal sealed class ApplicationEventConfiguration : IEntityTypeConfiguration<ApplicationEvent>
{
    public void Configure(EntityTypeBuilder<ApplicationEvent> b)
    {
        b.ToTable("CertificationApplicationEvents");
        b.Property(e => e.UserName).HasMaxLength(ApplicationConsts.MaxUserNameLength);
        b.Property(e => e.Note).HasMaxLength(ApplicationConsts.MaxNoteLength);
        b.HasIndex(e => new { e.ApplicationId, e.Sequence }).IsUnique();
    }
}

internal sealed class CertificationBatchConfiguration : IEntityTypeConfiguration<CertificationBatch>
{
    public void Configure(EntityTypeBuilder<CertificationBatch> b)
    {
        b.ToTable("CertificationBatches");
        b.ConfigureFullAudited();
        b.Property(x => x.Notice).HasMaxLength(ApplicationConsts.MaxNoteLength);
    }
}
