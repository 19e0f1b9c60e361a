using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Requisition.Workflows.Persistence.Entities;

namespace Requisition.Workflows.Persistence.Configurations;

internal sealed class ReferenceListConfiguration : IEntityTypeConfiguration<ReferenceList>
{
    public void Configure(EntityTypeBuilder<ReferenceList> builder)
    {
        builder.ToTable("reference_lists");
        builder.HasKey(l => l.Id);
        builder.HasIndex(l => new { l.Kind, l.Edition }).IsUnique();
    }
}
