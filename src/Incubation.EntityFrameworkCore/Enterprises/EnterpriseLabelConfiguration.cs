using Incubation.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Incubation.Enterprises;

/// <summary>Mapped as a view over the enterprises table: read-only, outside migrations, no scope filter.</summary>
internal sealed class EnterpriseLabelConfiguration : IEntityTypeConfiguration<EnterpriseLabel>
{
    public void Configure(EntityTypeBuilder<EnterpriseLabel> b)
    {
        b.ToView("Enterprises");
        b.HasKey(e => e.Id);
        b.HasQueryFilter(QueryFilters.SoftDelete, e => !e.IsDeleted);
    }
}
