using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Requisition.Workflows.Persistence.Entities;

namespace Requisition.Workflows.Persistence.Configurations;

internal sealed class IssueNoteConfiguration : IEntityTypeConfiguration<IssueNote>
{
    public void Configure(EntityTypeBuilder<IssueNote> builder)
    {
        builder.ToTable("issue_notes");
        builder.HasKey(n => n.Id);
        builder.HasIndex(n => n.Number).IsUnique();
        builder.HasOne<Facility>().WithMany().HasForeignKey(n => n.FromId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Facility>().WithMany().HasForeignKey(n => n.ToId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<LplpoReport>().WithMany().HasForeignKey(n => n.LplpoId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(n => n.Lines).WithOne().HasForeignKey(l => l.IssueNoteId).OnDelete(DeleteBehavior.Cascade);
    }
}
