using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Requisition.Workflows.Persistence.Entities;

namespace Requisition.Workflows.Persistence.Configurations;

internal sealed class FlagRecordConfiguration : IEntityTypeConfiguration<FlagRecord>
{
    public void Configure(EntityTypeBuilder<FlagRecord> builder)
    {
        builder.ToTable("flags");
        builder.HasKey(f => f.Id);
        builder.HasOne<Facility>().WithMany().HasForeignKey(f => f.FacilityId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(f => new { f.FacilityId, f.Status });
        builder.HasIndex(f => f.WorkflowInstanceId);
    }
}
