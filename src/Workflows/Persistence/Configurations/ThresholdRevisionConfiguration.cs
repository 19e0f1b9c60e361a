using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Requisition.Workflows.Persistence.Migrations;
using Requisition.Workflows.Persistence.Entities;

namespace Requisition.Workflows.Persistence.Configurations;

internal sealed class ThresholdRevisionConfiguration : IEntityTypeConfiguration<ThresholdRevision>
{
    public void Configure(EntityTypeBuilder<ThresholdRevision> builder)
    {
        builder.ToTable("threshold_revisions", table =>
        {
            table.HasTrigger(AppendOnlyTriggers.UpdateTrigger("threshold_revisions"));
            table.HasTrigger(AppendOnlyTriggers.DeleteTrigger("threshold_revisions"));
        });
        builder.HasKey(r => r.Id);
        builder.HasIndex(r => r.Version).IsUnique();
        builder.HasOne<Facility>().WithMany().HasForeignKey(r => r.ScopeId).OnDelete(DeleteBehavior.Restrict);
    }
}
