using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Requisition.Workflows.Persistence.Entities;

namespace Requisition.Workflows.Persistence.Configurations;

internal sealed class FormularyDocumentConfiguration : IEntityTypeConfiguration<FormularyDocument>
{
    public void Configure(EntityTypeBuilder<FormularyDocument> builder)
    {
        builder.ToTable("formularies");
        builder.HasKey(f => f.Id);
        builder.HasOne<Facility>().WithMany().HasForeignKey(f => f.FacilityId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(f => new { f.FacilityId, f.Year }).IsUnique();
        builder.HasIndex(f => f.WorkflowInstanceId);
        builder.HasMany(f => f.Items).WithOne().HasForeignKey(i => i.FormularyId).OnDelete(DeleteBehavior.Cascade);
    }
}
