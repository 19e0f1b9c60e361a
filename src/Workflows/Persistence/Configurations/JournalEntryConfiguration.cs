using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Requisition.Workflows.Persistence.Migrations;
using Requisition.Workflows.Runtime.Instances;

namespace Requisition.Workflows.Persistence.Configurations;

internal sealed class JournalEntryConfiguration : IEntityTypeConfiguration<JournalEntry>
{
    public void Configure(EntityTypeBuilder<JournalEntry> builder)
    {
        builder.ToTable("workflow_journal", table =>
        {
            table.HasTrigger(AppendOnlyTriggers.UpdateTrigger("workflow_journal"));
            table.HasTrigger(AppendOnlyTriggers.DeleteTrigger("workflow_journal"));
        });
        builder.HasKey(e => e.Id);
        builder.HasOne<WorkflowInstance>().WithMany().HasForeignKey(e => e.InstanceId).OnDelete(DeleteBehavior.Restrict);
    }
}
