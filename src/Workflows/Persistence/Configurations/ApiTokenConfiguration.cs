using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Requisition.Workflows.Persistence.Entities;

namespace Requisition.Workflows.Persistence.Configurations;

internal sealed class ApiTokenConfiguration : IEntityTypeConfiguration<ApiToken>
{
    public void Configure(EntityTypeBuilder<ApiToken> builder)
    {
        builder.ToTable("api_tokens");
        builder.HasKey(t => t.Id);
        builder.HasIndex(t => t.Hash).IsUnique();
        builder.HasOne<User>().WithMany().HasForeignKey(t => t.UserId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Facility>().WithMany().HasForeignKey(t => t.FacilityId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(t => t.UserId);
        builder.HasIndex(t => t.FacilityId);
    }
}
