using Incubation.Enterprises;
using Incubation.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Incubation.Portal;

internal sealed class RegistrationRequestConfiguration : IEntityTypeConfiguration<RegistrationRequest>
{
    public void Configure(EntityTypeBuilder<RegistrationRequest> b)
    {
        b.ToTable("RegistrationRequests");
        b.ConfigureFullAudited();
        b.Property(r => r.CreditCode).HasMaxLength(UnifiedSocialCreditCode.Length).IsRequired();
        b.Property(r => r.CreditCodeExplanation).HasMaxLength(EnterpriseConsts.MaxOverrideReasonLength);
        b.Property(r => r.EnterpriseName).HasMaxLength(EnterpriseConsts.MaxNameLength).IsRequired();
        b.Property(r => r.ContactName).HasMaxLength(PortalConsts.MaxContactNameLength).IsRequired();
        b.Property(r => r.PhoneNumber).HasMaxLength(PortalConsts.MaxPhoneLength).IsRequired();
        b.Property(r => r.Email).HasMaxLength(PortalConsts.MaxEmailLength).IsRequired();
        b.Property(r => r.RejectionReason).HasMaxLength(PortalConsts.MaxReasonLength);

        // The queue pages pending requests oldest first; the applicant's status page finds theirs by user.
        b.HasIndex(r => new { r.Status, r.CreationTime, r.Id });
        b.HasIndex(r => r.UserId);
        b.HasIndex(r => r.EnterpriseId);
    }
}

internal sealed class ProfileChangeRequestConfiguration : IEntityTypeConfiguration<ProfileChangeRequest>
{
    public void Configure(EntityTypeBuilder<ProfileChangeRequest> b)
    {
        b.ToTable("ProfileChangeRequests");
        b.ConfigureFullAudited();
        b.OwnsOne(r => r.Current, KeyFieldColumns);
        b.OwnsOne(r => r.Proposed, KeyFieldColumns);
        b.Property(r => r.RejectionReason).HasMaxLength(PortalConsts.MaxReasonLength);
        b.HasIndex(r => new { r.Status, r.CreationTime, r.Id });
        b.HasIndex(r => new { r.EnterpriseId, r.Status });
    }

    private static void KeyFieldColumns<T>(OwnedNavigationBuilder<T, KeyFields> k)
        where T : class
    {
        k.Property(f => f.Name).HasMaxLength(EnterpriseConsts.MaxNameLength).IsRequired();
        k.Property(f => f.CreditCode).HasMaxLength(UnifiedSocialCreditCode.Length).IsRequired();
        k.Property(f => f.CreditCodeOverrideReason).HasMaxLength(EnterpriseConsts.MaxOverrideReasonLength);
        k.Property(f => f.SubDistrictCode).HasMaxLength(EnterpriseConsts.SubDistrictCodeLength).IsRequired();
    }
}
