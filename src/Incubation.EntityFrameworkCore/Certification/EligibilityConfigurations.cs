using Incubation.Certification.Eligibility;
using Incubation.Enterprises;
using Incubation.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Incubation.Certification;

internal sealed class EligibilityProfileConfiguration : IEntityTypeConfiguration<EligibilityProfile>
{
    public void Configure(EntityTypeBuilder<EligibilityProfile> b)
    {
        b.ToTable("EligibilityProfiles");
        b.ConfigureFullAudited();
        b.HasOne<Enterprise>().WithMany().HasForeignKey(p => p.EnterpriseId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(p => p.EnterpriseId).IsUnique();
    }
}

internal sealed class EligibilityRunConfiguration : IEntityTypeConfiguration<EligibilityRun>
{
    public void Configure(EntityTypeBuilder<EligibilityRun> b)
    {
        b.ToTable("EligibilityRuns");
        b.ConfigureFullAudited();
        b.Property(r => r.RuleSets).HasMaxLength(EligibilityConsts.MaxRuleSetsLength).IsRequired();
        b.Property(r => r.FactsJson).IsRequired();
        b.Property(r => r.ResultJson).IsRequired();
        b.HasOne<Enterprise>().WithMany().HasForeignKey(r => r.EnterpriseId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(r => new { r.EnterpriseId, r.CreationTime });
    }
}

internal sealed class EligibilitySnapshotConfiguration : IEntityTypeConfiguration<EligibilitySnapshot>
{
    public void Configure(EntityTypeBuilder<EligibilitySnapshot> b)
    {
        b.ToTable("EligibilitySnapshots");
        b.Property(s => s.RuleSet).HasMaxLength(EligibilityConsts.MaxRuleSetsLength).IsRequired();
        b.Property(s => s.TopGapsJson).IsRequired();
        b.HasOne<Enterprise>().WithMany().HasForeignKey(s => s.EnterpriseId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(s => new { s.EnterpriseId, s.Kind }).IsUnique();

        // The candidate list: one kind, ranked by verdict, then score.
        b.HasIndex(s => new { s.Kind, s.VerdictRank, s.ScoreMin });
    }
}
