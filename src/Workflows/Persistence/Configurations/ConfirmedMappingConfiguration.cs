using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Requisition.Workflows.Persistence.Entities;

namespace Requisition.Workflows.Persistence.Configurations;

internal sealed class ConfirmedMappingConfiguration : IEntityTypeConfiguration<ConfirmedMapping>
{
    public const string OneItemCheck = "ck_confirmed_mappings_one_item";

    public void Configure(EntityTypeBuilder<ConfirmedMapping> builder)
    {
        builder.ToTable("confirmed_mappings", table =>
            table.HasCheckConstraint(OneItemCheck, "(fornas_item_id IS NULL) <> (doen_item_id IS NULL)"));
        builder.HasKey(m => m.Id);
        builder.HasOne<Drug>().WithMany().HasForeignKey(m => m.DrugCode).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<ReferenceList>().WithMany().HasForeignKey(m => m.ListId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<FornasItem>().WithMany().HasForeignKey(m => m.FornasItemId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<DoenItem>().WithMany().HasForeignKey(m => m.DoenItemId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(m => new { m.DrugCode, m.ListId }).IsUnique();
    }
}
