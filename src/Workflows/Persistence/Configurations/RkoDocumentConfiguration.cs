using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Requisition.Workflows.Persistence.Entities;

namespace Requisition.Workflows.Persistence.Configurations;

internal sealed class RkoDocumentConfiguration : IEntityTypeConfiguration<RkoDocument>
{
    public void Configure(EntityTypeBuilder<RkoDocument> builder)
    {
        builder.ToTable("rkos");
        builder.HasKey(r => r.Id);
        builder.HasOne<Facility>().WithMany().HasForeignKey(r => r.FacilityId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(r => new { r.FacilityId, r.Year }).IsUnique();
        builder.HasIndex(r => r.WorkflowInstanceId);
        builder.HasMany(r => r.Lines).WithOne().HasForeignKey(l => l.RkoId).OnDelete(DeleteBehavior.Cascade);
    }
}
