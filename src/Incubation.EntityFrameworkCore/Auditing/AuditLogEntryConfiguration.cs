using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Incubation.Auditing;

internal sealed class AuditLogEntryConfiguration : IEntityTypeConfiguration<AuditLogEntry>
{
    public void Configure(EntityTypeBuilder<AuditLogEntry> b)
    {
        b.ToTable("AuditLogs");
        b.Property(a => a.EntityType).HasMaxLength(128).IsRequired();
        b.Property(a => a.EntityId).HasMaxLength(64).IsRequired();
        b.Property(a => a.Changes).IsRequired();
        b.Property(a => a.UserName).HasMaxLength(256);
        b.Property(a => a.RequestId).HasMaxLength(128);
        b.HasIndex(a => new { a.EntityType, a.EntityId, a.Time });
        b.HasIndex(a => a.Time);
    }
}
