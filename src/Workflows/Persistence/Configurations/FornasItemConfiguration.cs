using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Requisition.Workflows.Persistence.Entities;

namespace Requisition.Workflows.Persistence.Configurations;

internal sealed class FornasItemConfiguration : IEntityTypeConfiguration<FornasItem>
{
    public void Configure(EntityTypeBuilder<FornasItem> builder)
    {
        builder.ToTable("fornas_items");
        builder.HasKey(i => i.Id);
        builder.HasOne<ReferenceList>().WithMany().HasForeignKey(i => i.ListId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(i => new { i.ListId, i.Row }).IsUnique();
        builder.HasIndex(i => new { i.ListId, i.FornasId });
    }
}
