using Incubation.Enterprises;
using Incubation.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Incubation.Certification;

internal sealed class QualificationConfiguration : IEntityTypeConfiguration<Qualification>
{
    public void Configure(EntityTypeBuilder<Qualification> b)
    {
        b.ToTable("Qualifications");
        b.ConfigureFullAudited();
        b.Property(q => q.CertificateNumber).HasMaxLength(QualificationConsts.MaxCertificateNumberLength).IsRequired();
        b.Property(q => q.Source).HasMaxLength(QualificationConsts.MaxSourceLength).IsRequired();
        b.Property(q => q.IssuingBody).HasMaxLength(QualificationConsts.MaxIssuingBodyLength);
        b.PrimitiveCollection(q => q.DocumentFileIds);
        b.HasOne<Enterprise>().WithMany().HasForeignKey(q => q.EnterpriseId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(q => new { q.EnterpriseId, q.Kind, q.ExpiresOn });
        b.HasIndex(q => new { q.Kind, q.ExpiresOn });
    }
}
