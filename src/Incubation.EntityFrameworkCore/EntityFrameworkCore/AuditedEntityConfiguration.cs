using Incubation.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Incubation.EntityFrameworkCore;

internal static class AuditedEntityConfiguration
{
    public const int ConcurrencyStampLength = 40;

    /// <summary>Columns every full-audited aggregate root has; the stamp is an optimistic concurrency token.</summary>
    public static void ConfigureFullAudited<T>(this EntityTypeBuilder<T> b)
        where T : FullAuditedAggregateRoot
    {
        b.Property(e => e.ConcurrencyStamp).HasMaxLength(ConcurrencyStampLength).IsConcurrencyToken().IsRequired();
        b.Property(e => e.IsDeleted).IsRequired();
    }
}
