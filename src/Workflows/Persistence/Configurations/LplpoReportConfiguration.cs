using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Requisition.Workflows.Persistence.Entities;

namespace Requisition.Workflows.Persistence.Configurations;

internal sealed class LplpoReportConfiguration : IEntityTypeConfiguration<LplpoReport>
{
    /// <summary>One regular LPLPO per facility per period; emergency requests may be several.</summary>
    public const string OneRegularPerPeriodFilter = "kind = 'Regular'";

    public void Configure(EntityTypeBuilder<LplpoReport> builder)
    {
        builder.ToTable("lplpos");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Revision).IsConcurrencyToken();
        builder.HasOne<Facility>().WithMany().HasForeignKey(r => r.FacilityId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Facility>().WithMany().HasForeignKey(r => r.SupplierId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(r => new { r.FacilityId, r.Period }).IsUnique().HasFilter(OneRegularPerPeriodFilter);
        builder.HasIndex(r => r.WorkflowInstanceId);
        builder.HasIndex(r => new { r.SupplierId, r.Status });
        builder.HasMany(r => r.Lines).WithOne().HasForeignKey(l => l.LplpoId).OnDelete(DeleteBehavior.Cascade);
    }
}
