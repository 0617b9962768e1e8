using Incubation.Enterprises;
using Incubation.EntityFrameworkCore;
using Incubation.Lookups;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Incubation.Planning;

internal sealed class TargetConfiguration : IEntityTypeConfiguration<Target>
{
    public void Configure(EntityTypeBuilder<Target> b)
    {
        b.ToTable("Targets");
        b.ConfigureFullAudited();
        b.Property(t => t.BaselineValue).HasPrecision(PlanningConsts.ValuePrecision, PlanningConsts.ValueScale);
        b.Property(t => t.TargetValue).HasPrecision(PlanningConsts.ValuePrecision, PlanningConsts.ValueScale);
        b.Property(t => t.Note).HasMaxLength(PlanningConsts.MaxNoteLength);
        b.HasIndex(t => t.Indicator).IsUnique().HasDatabaseName("IX_Targets_Indicator");
    }
}

internal sealed class KeyTaskConfiguration : IEntityTypeConfiguration<KeyTask>
{
    public void Configure(EntityTypeBuilder<KeyTask> b)
    {
        b.ToTable("KeyTasks");
        b.ConfigureFullAudited();
        b.Property(t => t.Section).HasMaxLength(PlanningConsts.MaxSectionLength).IsRequired();
        b.Property(t => t.Title).HasMaxLength(PlanningConsts.MaxTaskTitleLength).IsRequired();
        b.Property(t => t.Text).HasMaxLength(PlanningConsts.MaxTaskTextLength).IsRequired();
        b.Property(t => t.OtherResponsible).HasMaxLength(PlanningConsts.MaxOtherUnitsLength);
        b.PrimitiveCollection(t => t.UnitIds);
        b.HasIndex(t => t.Number).IsUnique().HasDatabaseName("IX_KeyTasks_Number");
    }
}

internal sealed class TaskProgressNoteConfiguration : IEntityTypeConfiguration<TaskProgressNote>
{
    public void Configure(EntityTypeBuilder<TaskProgressNote> b)
    {
        b.ToTable("TaskProgressNotes");
        b.ConfigureFullAudited();
        b.Property(n => n.Text).HasMaxLength(PlanningConsts.MaxProgressLength).IsRequired();
        b.HasOne<KeyTask>().WithMany().HasForeignKey(n => n.KeyTaskId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<ResponsibleUnit>().WithMany().HasForeignKey(n => n.ResponsibleUnitId).OnDelete(DeleteBehavior.Restrict);

        // One note per task, unit and half-year (among live notes).
        b.HasIndex(n => new { n.KeyTaskId, n.ResponsibleUnitId, n.Year, n.Half }).IsUnique().HasDatabaseName("IX_TaskProgressNotes_TaskUnitPeriod");
        b.HasIndex(n => new { n.Year, n.Half });
    }
}

internal sealed class SemiAnnualReportConfiguration : IEntityTypeConfiguration<SemiAnnualReport>
{
    public void Configure(EntityTypeBuilder<SemiAnnualReport> b)
    {
        b.ToTable("SemiAnnualReports");
        b.ConfigureFullAudited();
        b.HasIndex(r => new { r.Year, r.Half }).IsUnique().HasDatabaseName("IX_SemiAnnualReports_Period");
    }
}

internal sealed class BenefitGrantConfiguration : IEntityTypeConfiguration<BenefitGrant>
{
    public void Configure(EntityTypeBuilder<BenefitGrant> b)
    {
        b.ToTable("BenefitGrants");
        b.ConfigureFullAudited();
        b.Property(g => g.Batch).HasMaxLength(PlanningConsts.MaxBatchLength);
        b.Property(g => g.Note).HasMaxLength(PlanningConsts.MaxNoteLength);
        b.Property(g => g.Amount).HasPrecision(PlanningConsts.ValuePrecision, PlanningConsts.ValueScale);
        b.HasOne<Enterprise>().WithMany().HasForeignKey(g => g.EnterpriseId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(g => new { g.EnterpriseId, g.GrantedOn });
        b.HasIndex(g => new { g.GrantedOn, g.Policy });
    }
}
