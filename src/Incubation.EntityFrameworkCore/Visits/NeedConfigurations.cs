using Incubation.Enterprises;
using Incubation.EntityFrameworkCore;
using Incubation.Lookups;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Incubation.Visits;

internal sealed class NeedConfiguration : IEntityTypeConfiguration<Need>
{
    public void Configure(EntityTypeBuilder<Need> b)
    {
        b.ToTable("Needs");
        b.ConfigureFullAudited();
        b.Property(n => n.Description).HasMaxLength(NeedConsts.MaxDescriptionLength).IsRequired();
        b.Property(n => n.Answer).HasMaxLength(NeedConsts.MaxAnswerLength);
        b.Property(n => n.UnresolvableExplanation).HasMaxLength(NeedConsts.MaxReasonLength);
        b.HasOne<Enterprise>().WithMany().HasForeignKey(n => n.EnterpriseId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Visit>().WithMany().HasForeignKey(n => n.VisitId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<ResponsibleUnit>().WithMany().HasForeignKey(n => n.ResponsibleUnitId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(n => n.Events).WithOne().HasForeignKey(e => e.NeedId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(n => n.Events).HasField("_events").UsePropertyAccessMode(PropertyAccessMode.Field);

        // The unit's board and the reminder job read by unit/status and status/due date; ledgers by raise date.
        b.HasIndex(n => new { n.ResponsibleUnitId, n.Status, n.DueDate });
        b.HasIndex(n => new { n.Status, n.DueDate });
        b.HasIndex(n => new { n.EnterpriseId, n.RaisedOn });
        b.HasIndex(n => n.RaisedOn);
        b.HasIndex(n => n.VisitId);
    }
}

internal sealed class NeedEventConfiguration : IEntityTypeConfiguration<NeedEvent>
{
    public void Configure(EntityTypeBuilder<NeedEvent> b)
    {
        b.ToTable("NeedEvents");
        b.Property(e => e.UserName).HasMaxLength(256);
        b.Property(e => e.Note).HasMaxLength(NeedConsts.MaxAnswerLength);
        b.HasIndex(e => new { e.NeedId, e.Time });
        b.HasIndex(e => new { e.NeedId, e.Sequence }).IsUnique();
    }
}

internal sealed class NotificationConfiguration : IEntityTypeConfiguration<Notification>
{
    public void Configure(EntityTypeBuilder<Notification> b)
    {
        b.ToTable("Notifications");
        b.Property(n => n.DedupKey).HasMaxLength(Notification.MaxDedupKeyLength).IsRequired();
        b.Property(n => n.Subject).HasMaxLength(Notification.MaxSubjectLength).IsRequired();
        b.HasIndex(n => n.DedupKey).IsUnique();
        b.HasIndex(n => new { n.RecipientUserId, n.ReadAt, n.CreatedAt });
        b.HasIndex(n => new { n.RecipientUserId, n.CreatedAt });
    }
}

internal sealed class ReminderLetterConfiguration : IEntityTypeConfiguration<ReminderLetter>
{
    public void Configure(EntityTypeBuilder<ReminderLetter> b)
    {
        b.ToTable("ReminderLetters");
        b.ConfigureFullAudited();
        b.Ignore(l => l.Period);
        b.Property(l => l.Number).HasMaxLength(ReminderLetterConsts.MaxNumberLength).IsRequired();
        b.Property(l => l.Text).HasMaxLength(ReminderLetterConsts.MaxTextLength).IsRequired();
        b.HasOne<ResponsibleUnit>().WithMany().HasForeignKey(l => l.ResponsibleUnitId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(l => l.Needs).WithOne().HasForeignKey(n => n.LetterId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(l => l.Needs).HasField("_needs").UsePropertyAccessMode(PropertyAccessMode.Field);

        // One letter per unit and half-year, numbered in sequence within a year (unique among live letters).
        b.HasIndex(l => new { l.ResponsibleUnitId, l.Year, l.Half }).IsUnique().HasDatabaseName("IX_ReminderLetters_UnitPeriod");
        b.HasIndex(l => new { l.Year, l.Sequence }).IsUnique().HasDatabaseName("IX_ReminderLetters_Sequence");
    }
}

internal sealed class ReminderLetterNeedConfiguration : IEntityTypeConfiguration<ReminderLetterNeed>
{
    public void Configure(EntityTypeBuilder<ReminderLetterNeed> b)
    {
        b.ToTable("ReminderLetterNeeds");
        b.Property(n => n.EnterpriseName).HasMaxLength(EnterpriseConsts.MaxNameLength).IsRequired();
        b.Property(n => n.Description).HasMaxLength(NeedConsts.MaxDescriptionLength).IsRequired();
        b.HasIndex(n => n.LetterId);
    }
}
