using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Requisition.Workflows.Persistence.Entities;

namespace Requisition.Workflows.Persistence.Configurations;

internal sealed class StockBalanceConfiguration : IEntityTypeConfiguration<StockBalance>
{
    public void Configure(EntityTypeBuilder<StockBalance> builder)
    {
        builder.ToTable("stock_balances");
        // The key is the upsert's conflict target, and its leading facility column serves a card's read.
        builder.HasKey(b => new { b.FacilityId, b.DrugCode, b.Batch, b.Expiry, b.FundSource });
        // No foreign keys: every key here is the key of movements that already reference the facility and the drug,
        // and each check would cost every upsert a lookup (migration 0009).
    }
}
