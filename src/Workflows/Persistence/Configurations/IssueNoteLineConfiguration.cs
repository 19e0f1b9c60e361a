using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Requisition.Workflows.Persistence.Entities;

namespace Requisition.Workflows.Persistence.Configurations;

internal sealed class IssueNoteLineConfiguration : IEntityTypeConfiguration<IssueNoteLine>
{
    public void Configure(EntityTypeBuilder<IssueNoteLine> builder)
    {
        builder.ToTable("issue_note_lines");
        builder.HasKey(l => l.Id);
        builder.HasOne<Drug>().WithMany().HasForeignKey(l => l.DrugCode).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(l => new { l.IssueNoteId, l.DrugCode, l.Batch, l.FundSource }).IsUnique();
    }
}
