using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Requisition.Workflows.Persistence.Entities;

namespace Requisition.Workflows.Persistence.Configurations;

internal sealed class DoenItemConfiguration : IEntityTypeConfiguration<DoenItem>
{
    public void Configure(EntityTypeBuilder<DoenItem> builder)
    {
        builder.ToTable("doen_items");
        builder.HasKey(i => i.Id);
        builder.HasOne<ReferenceList>().WithMany().HasForeignKey(i => i.ListId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(i => new { i.ListId, i.Row }).IsUnique();
    }
}
