using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Requisition.Workflows.Persistence.Conventions;
using Requisition.Workflows.Persistence.Migrations;
using Requisition.Workflows.Persistence.Entities;

namespace Requisition.Workflows.Persistence.Configurations;

internal sealed class StockMovementConfiguration : IEntityTypeConfiguration<StockMovement>
{
    public const string NonZeroCheck = "ck_stock_movements_quantity";

    public void Configure(EntityTypeBuilder<StockMovement> builder)
    {
        builder.ToTable("stock_movements", table =>
        {
            table.HasCheckConstraint(NonZeroCheck, "quantity <> 0");
            // The database refuses UPDATE and DELETE too (migration 0004); EF must know the table has triggers.
            table.HasTrigger(AppendOnlyTriggers.UpdateTrigger("stock_movements"));
            table.HasTrigger(AppendOnlyTriggers.DeleteTrigger("stock_movements"));
        });
        builder.HasKey(m => m.Id);
        // No index of their own for the item and counterparty keys (migration 0010): nothing reads movements by them
        // alone, items and facilities are never deleted, and each index made every movement insert dearer.
        UnindexedForeignKeys.Unindexed(builder, m => m.DrugCode);
        UnindexedForeignKeys.Unindexed(builder, m => m.CounterpartyId);
        builder.HasOne<Facility>().WithMany().HasForeignKey(m => m.FacilityId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Drug>().WithMany().HasForeignKey(m => m.DrugCode).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Facility>().WithMany().HasForeignKey(m => m.CounterpartyId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(m => new { m.FacilityId, m.DrugCode, m.Batch });
    }
}
