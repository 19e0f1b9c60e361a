using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Requisition.Workflows.Runtime.Instances;

namespace Requisition.Workflows.Persistence.Configurations;

internal sealed class WorkflowInstanceConfiguration : IEntityTypeConfiguration<WorkflowInstance>
{
    /// <summary>At most one open instance of a definition about one thing (see <c>FindOpenAsync</c>).</summary>
    public const string OpenFilter = "status NOT IN ('Completed', 'Cancelled')";

    public void Configure(EntityTypeBuilder<WorkflowInstance> builder)
    {
        builder.ToTable("workflow_instances");
        builder.HasKey(i => i.Id);
        builder.Property(i => i.Revision).IsConcurrencyToken();
        builder.HasOne<WorkflowInstance>().WithMany().HasForeignKey(i => i.ParentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(i => new { i.DefinitionId, i.CorrelationId }).IsUnique().HasFilter(OpenFilter);
    }
}
