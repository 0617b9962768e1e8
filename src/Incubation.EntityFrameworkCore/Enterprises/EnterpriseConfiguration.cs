using Incubation.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Incubation.Enterprises;

internal sealed class EnterpriseConfiguration : IEntityTypeConfiguration<Enterprise>
{
    public void Configure(EntityTypeBuilder<Enterprise> b)
    {
        b.ToTable("Enterprises");
        b.ConfigureFullAudited();
        b.Property(e => e.Name).HasMaxLength(EnterpriseConsts.MaxNameLength).IsRequired();
        b.Property(e => e.UnifiedSocialCreditCode).HasMaxLength(UnifiedSocialCreditCode.Length).IsRequired();
        b.Property(e => e.CreditCodeOverrideReason).HasMaxLength(EnterpriseConsts.MaxOverrideReasonLength);
        b.Property(e => e.LegalRepresentative).HasMaxLength(EnterpriseConsts.MaxLegalRepresentativeLength);
        b.Property(e => e.RegisteredCapital).HasPrecision(18, 4);
        b.Property(e => e.SubDistrictCode).HasMaxLength(EnterpriseConsts.SubDistrictCodeLength).IsRequired();
        b.Property(e => e.Address).HasMaxLength(EnterpriseConsts.MaxAddressLength);
        b.Property(e => e.IndustryFieldCode).HasMaxLength(EnterpriseConsts.MaxTechFieldCodeLength).IsRequired();
        b.PrimitiveCollection(e => e.Tags);
        b.Property(e => e.Status).HasDefaultValue(EnterpriseStatus.Active);

        b.HasOne(e => e.SubDistrict).WithMany().HasForeignKey(e => e.SubDistrictCode).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(e => e.IndustryField).WithMany().HasForeignKey(e => e.IndustryFieldCode).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(e => e.Incubator).WithMany().HasForeignKey(e => e.IncubatorId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(e => e.Contacts).WithOne().HasForeignKey(c => c.EnterpriseId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(e => e.Contacts).HasField("_contacts").UsePropertyAccessMode(PropertyAccessMode.Field);

        // The filtered index's SQL is written by each provider's migrations project (see ProviderSql).
        b.HasIndex(e => e.UnifiedSocialCreditCode).IsUnique().HasDatabaseName("IX_Enterprises_CreditCode_Live");
        b.HasIndex(e => new { e.SubDistrictCode, e.Name });
        b.HasIndex(e => new { e.IndustryFieldCode, e.Name });
        b.HasIndex(e => e.IncubatorId);
        b.HasIndex(e => e.ResponsibleOfficerId);
        b.HasIndex(e => new { e.CreationTime, e.Id });
        b.HasIndex(e => e.Name);
    }
}
