using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Incubation.Enterprises;

internal sealed class YearlyDataRevisionConfiguration : IEntityTypeConfiguration<YearlyDataRevision>
{
    public void Configure(EntityTypeBuilder<YearlyDataRevision> b)
    {
        b.ToTable("YearlyDataRevisions");
        // The key is set by the domain: a revision reached through its year's collection is new, never an update.
        b.Property(r => r.Id).ValueGeneratedNever();
        b.Property(r => r.Status).HasConversion<string>().HasMaxLength(16).IsRequired();
        b.Property(r => r.FiguresJson).IsRequired();
        b.Property(r => r.UserName).HasMaxLength(YearlyDataConsts.MaxUserNameLength);
        b.Property(r => r.Comment).HasMaxLength(YearlyDataConsts.MaxCommentLength);
        b.HasIndex(r => new { r.YearlyDataId, r.Time });
    }
}
