using Incubation.Enterprises;
using Incubation.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Incubation.Cultivation;

internal sealed class PoolMembershipConfiguration : IEntityTypeConfiguration<PoolMembership>
{
    public void Configure(EntityTypeBuilder<PoolMembership> b)
    {
        b.ToTable("PoolMemberships");
        b.ConfigureFullAudited();
        b.Property(m => m.Reason).HasMaxLength(CultivationConsts.MaxReasonLength).IsRequired();
        b.Property(m => m.Evidence).HasMaxLength(CultivationConsts.MaxEvidenceLength);
        b.Property(m => m.RejectionReason).HasMaxLength(CultivationConsts.MaxReasonLength);
        b.HasOne<Enterprise>().WithMany().HasForeignKey(m => m.EnterpriseId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(m => m.Events).WithOne().HasForeignKey(e => e.MembershipId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(m => m.Events).HasField("_events").UsePropertyAccessMode(PropertyAccessMode.Field);

        // One open (proposed or admitted) membership per enterprise; the filter SQL is set per provider in the context.
        b.HasIndex(m => m.EnterpriseId).IsUnique().HasDatabaseName("IX_PoolMemberships_Open");
        b.HasIndex(m => new { m.Status, m.Stage, m.StageSince });
        b.HasIndex(m => new { m.Status, m.ProposedAt });
    }
}

internal sealed class PoolMembershipEventConfiguration : IEntityTypeConfiguration<PoolMembershipEvent>
{
    public void Configure(EntityTypeBuilder<PoolMembershipEvent> b)
    {
        b.ToTable("PoolMembershipEvents");
        b.Property(e => e.UserName).HasMaxLength(256);
        b.Property(e => e.Note).HasMaxLength(CultivationConsts.MaxReasonLength);
        b.HasIndex(e => new { e.MembershipId, e.Time });
    }
}

internal sealed class PoolFloorBreachConfiguration : IEntityTypeConfiguration<PoolFloorBreach>
{
    public void Configure(EntityTypeBuilder<PoolFloorBreach> b)
    {
        b.ToTable("PoolFloorBreaches");
        b.HasIndex(x => x.Time);
    }
}
