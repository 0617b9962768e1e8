using Incubation.Enterprises;
using Incubation.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Incubation.Files;

internal sealed class StoredFileConfiguration : IEntityTypeConfiguration<StoredFile>
{
    public void Configure(EntityTypeBuilder<StoredFile> b)
    {
        b.ToTable("StoredFiles");
        b.ConfigureFullAudited();
        b.Property(f => f.OriginalName).HasMaxLength(FileConsts.MaxFileNameLength).IsRequired();
        b.Property(f => f.ContentType).HasMaxLength(FileConsts.MaxContentTypeLength).IsRequired();
        b.Property(f => f.Sha256).HasMaxLength(FileConsts.Sha256HexLength).IsRequired();
        b.Property(f => f.StorageKey).HasMaxLength(FileConsts.MaxStorageKeyLength).IsRequired();
        b.Property(f => f.Purpose).HasConversion<string>().HasMaxLength(FileConsts.MaxPurposeLength).IsRequired();
        b.HasOne<Enterprise>().WithMany().HasForeignKey(f => f.EnterpriseId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(f => f.EnterpriseId);
        b.HasIndex(f => f.StorageKey).IsUnique();
    }
}
