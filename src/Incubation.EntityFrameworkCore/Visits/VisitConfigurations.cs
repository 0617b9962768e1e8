using Incubation.Enterprises;
using Incubation.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Incubation.Visits;

internal sealed class VisitConfiguration : IEntityTypeConfiguration<Visit>
{
    public void Configure(EntityTypeBuilder<Visit> b)
    {
        b.ToTable("Visits");
        b.ConfigureFullAudited();
        b.Property(v => v.Operations).HasMaxLength(VisitConsts.MaxSituationLength);
        b.Property(v => v.Innovation).HasMaxLength(VisitConsts.MaxSituationLength);
        b.Property(v => v.Difficulties).HasMaxLength(VisitConsts.MaxSituationLength);
        b.Property(v => v.Notes).HasMaxLength(VisitConsts.MaxNotesLength);
        b.PrimitiveCollection(v => v.PolicyCodes);
        b.PrimitiveCollection(v => v.AttachmentFileIds);
        b.OwnsMany(v => v.Attendees, a =>
        {
            a.ToJson();
            a.Property(x => x.Name).HasMaxLength(VisitConsts.MaxPersonNameLength);
            a.Property(x => x.Title).HasMaxLength(VisitConsts.MaxTitleLength);
        });
        b.Navigation(v => v.Attendees).HasField("_attendees").UsePropertyAccessMode(PropertyAccessMode.Field);
        b.HasOne<Enterprise>().WithMany().HasForeignKey(v => v.EnterpriseId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(v => v.Officers).WithOne().HasForeignKey(o => o.VisitId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(v => v.Officers).HasField("_officers").UsePropertyAccessMode(PropertyAccessMode.Field);

        // The idempotency key of a submitted draft: a second submission finds the first visit.
        b.HasIndex(v => v.ClientRequestId).IsUnique();
        b.HasIndex(v => new { v.EnterpriseId, v.VisitDate });
        b.HasIndex(v => v.VisitDate);
    }
}

internal sealed class VisitOfficerConfiguration : IEntityTypeConfiguration<VisitOfficer>
{
    public void Configure(EntityTypeBuilder<VisitOfficer> b)
    {
        b.ToTable("VisitOfficers");
        b.Property(o => o.DisplayName).HasMaxLength(256).IsRequired();
        b.HasIndex(o => new { o.UserId, o.VisitId });
        b.HasIndex(o => new { o.VisitId, o.UserId }).IsUnique();
    }
}

internal sealed class PolicyTopicConfiguration : IEntityTypeConfiguration<PolicyTopic>
{
    public void Configure(EntityTypeBuilder<PolicyTopic> b)
    {
        b.ToTable("PolicyTopics");
        b.ConfigureFullAudited();
        b.Property(t => t.Code).HasMaxLength(VisitConsts.MaxPolicyCodeLength).IsRequired();
        b.Property(t => t.Name).HasMaxLength(VisitConsts.MaxPolicyNameLength).IsRequired();
        b.HasIndex(t => t.Code).IsUnique();
    }
}
