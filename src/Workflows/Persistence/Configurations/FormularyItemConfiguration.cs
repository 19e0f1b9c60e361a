using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Requisition.Workflows.Persistence.Entities;

namespace Requisition.Workflows.Persistence.Configurations;

internal sealed class FormularyItemConfiguration : IEntityTypeConfiguration<FormularyItem>
{
    public void Configure(EntityTypeBuilder<FormularyItem> builder)
    {
        builder.ToTable("formulary_items");
        builder.HasKey(i => new { i.FormularyId, i.DrugCode });
        builder.HasOne<Drug>().WithMany().HasForeignKey(i => i.DrugCode).OnDelete(DeleteBehavior.Restrict);
    }
}
