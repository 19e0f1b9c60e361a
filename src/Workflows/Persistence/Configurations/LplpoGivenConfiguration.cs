using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Requisition.Workflows.Persistence.Entities;

namespace Requisition.Workflows.Persistence.Configurations;

internal sealed class LplpoGivenConfiguration : IEntityTypeConfiguration<LplpoGiven>
{
    public void Configure(EntityTypeBuilder<LplpoGiven> builder)
    {
        builder.ToTable("lplpo_given");
        builder.HasKey(g => new { g.LplpoId, g.DrugCode, g.FundSource });
    }
}
