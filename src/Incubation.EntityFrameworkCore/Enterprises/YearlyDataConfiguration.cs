using Incubation.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Incubation.Enterprises;

internal sealed class YearlyDataConfiguration : IEntityTypeConfiguration<YearlyData>
{
    public void Configure(EntityTypeBuilder<YearlyData> b)
    {
        b.ToTable("YearlyData");
        b.ConfigureFullAudited();
        b.Property(y => y.Status).HasConversion<string>().HasMaxLength(16).IsRequired();
        b.Property(y => y.Provenance).HasConversion<string>().HasMaxLength(24).IsRequired();
        b.Property(y => y.ReturnComment).HasMaxLength(YearlyDataConsts.MaxCommentLength);
        b.Property(y => y.FigureSources).HasConversion(FigureSourcesJson.Converter, FigureSourcesJson.Comparer).IsRequired();
        foreach (var amount in typeof(YearlyData).GetProperties().Where(p => p.PropertyType == typeof(decimal?)))
        {
            b.Property(amount.Name).HasPrecision(YearlyDataConsts.AmountPrecision, YearlyDataConsts.AmountScale);
        }

        b.HasOne<Enterprise>().WithMany().HasForeignKey(y => y.EnterpriseId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(y => y.Revisions).WithOne().HasForeignKey(r => r.YearlyDataId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(y => y.Revisions).HasField("_revisions").UsePropertyAccessMode(PropertyAccessMode.Field);

        // One row per enterprise and year among live rows: the filter's SQL is set per provider in IncubationDbContext.
        b.HasIndex(y => new { y.EnterpriseId, y.FiscalYear }).IsUnique().HasDatabaseName("IX_YearlyData_Enterprise_Year_Live");
        b.HasIndex(y => new { y.Status, y.FiscalYear });
    }
}
