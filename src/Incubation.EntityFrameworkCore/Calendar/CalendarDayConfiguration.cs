using Incubation.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Incubation.Calendar;

/// <summary>One live row per date; the index's filter (live rows only) is provider SQL, set in IncubationDbContext.</summary>
internal sealed class CalendarDayConfiguration : IEntityTypeConfiguration<CalendarDay>
{
    public void Configure(EntityTypeBuilder<CalendarDay> b)
    {
        b.ToTable("CalendarDays");
        b.ConfigureFullAudited();
        b.Property(d => d.Name).HasMaxLength(CalendarConsts.MaxNameLength).IsRequired();
        b.HasIndex(d => d.Date).IsUnique().HasDatabaseName("IX_CalendarDays_Date_Live");
    }
}
