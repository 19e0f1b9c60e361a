using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Requisition.Workflows.Persistence.Entities;

namespace Requisition.Workflows.Persistence.Configurations;

internal sealed class RkoItemConfiguration : IEntityTypeConfiguration<RkoItem>
{
    public void Configure(EntityTypeBuilder<RkoItem> builder)
    {
        builder.ToTable("rko_items");
        builder.HasKey(l => new { l.RkoId, l.DrugCode });
        builder.HasOne<Drug>().WithMany().HasForeignKey(l => l.DrugCode).OnDelete(DeleteBehavior.Restrict);
    }
}
