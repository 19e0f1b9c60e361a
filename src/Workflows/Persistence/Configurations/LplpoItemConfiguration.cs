using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Requisition.Workflows.Persistence.Entities;

namespace Requisition.Workflows.Persistence.Configurations;

internal sealed class LplpoItemConfiguration : IEntityTypeConfiguration<LplpoItem>
{
    public void Configure(EntityTypeBuilder<LplpoItem> builder)
    {
        builder.ToTable("lplpo_items");
        builder.HasKey(l => new { l.LplpoId, l.DrugCode });
        builder.HasOne<Drug>().WithMany().HasForeignKey(l => l.DrugCode).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(l => l.Given).WithOne()
            .HasForeignKey(g => new { g.LplpoId, g.DrugCode })
            .OnDelete(DeleteBehavior.Cascade);
    }
}
