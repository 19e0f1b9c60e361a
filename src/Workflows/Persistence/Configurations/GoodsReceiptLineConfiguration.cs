using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Requisition.Workflows.Persistence.Entities;

namespace Requisition.Workflows.Persistence.Configurations;

internal sealed class GoodsReceiptLineConfiguration : IEntityTypeConfiguration<GoodsReceiptLine>
{
    public const string QuantitiesCheck = "ck_receipt_lines_quantities";

    public void Configure(EntityTypeBuilder<GoodsReceiptLine> builder)
    {
        builder.ToTable("receipt_lines", table =>
            table.HasCheckConstraint(QuantitiesCheck, "accepted >= 0 AND rejected >= 0"));
        builder.HasKey(l => new { l.ReceiptId, l.IssueNoteLineId });
        builder.HasOne<IssueNoteLine>().WithMany().HasForeignKey(l => l.IssueNoteLineId).OnDelete(DeleteBehavior.Restrict);
    }
}
