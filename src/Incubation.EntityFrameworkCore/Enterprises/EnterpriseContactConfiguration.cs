using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Incubation.Enterprises;

internal sealed class EnterpriseContactConfiguration : IEntityTypeConfiguration<EnterpriseContact>
{
    public void Configure(EntityTypeBuilder<EnterpriseContact> b)
    {
        b.ToTable("EnterpriseContacts");
        b.Property(c => c.Name).HasMaxLength(EnterpriseConsts.MaxContactNameLength).IsRequired();
        b.Property(c => c.Title).HasMaxLength(EnterpriseConsts.MaxContactTitleLength);
        b.Property(c => c.Phone).HasMaxLength(EnterpriseConsts.MaxPhoneLength);
        b.Property(c => c.Email).HasMaxLength(EnterpriseConsts.MaxEmailLength);
    }
}
