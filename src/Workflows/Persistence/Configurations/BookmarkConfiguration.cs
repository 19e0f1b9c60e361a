using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Requisition.Workflows.Runtime.Instances;

namespace Requisition.Workflows.Persistence.Configurations;

internal sealed class BookmarkConfiguration : IEntityTypeConfiguration<Bookmark>
{
    public void Configure(EntityTypeBuilder<Bookmark> builder)
    {
        builder.ToTable("workflow_bookmarks");
        builder.HasKey(b => b.Id);
        // Two hosts claiming the same due timer: the second one's claim finds the row changed and fails.
        builder.Property(b => b.ClaimedBy).IsConcurrencyToken();
        builder.Property(b => b.ClaimedUntil).IsConcurrencyToken();
        builder.HasOne<WorkflowInstance>().WithMany().HasForeignKey(b => b.InstanceId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(b => new { b.Kind, b.Role, b.FacilityId });
        builder.HasIndex(b => new { b.Kind, b.DueAt });
    }
}
