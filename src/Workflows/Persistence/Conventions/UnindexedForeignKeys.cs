using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore.Metadata.Conventions;
using Microsoft.EntityFrameworkCore.Metadata.Conventions.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Requisition.Workflows.Persistence.Conventions;

/// <summary>
/// EF Core indexes every foreign key by convention. On an append-only table that grows by hundreds of rows per action
/// (the stock movements) an index nothing reads only makes each insert dearer, so a key property marked with
/// <see cref="Unindexed{TEntity, TProperty}"/> gets none. Mark the property before its relationship is configured.
/// </summary>
internal sealed class UnindexedForeignKeys(ProviderConventionSetBuilderDependencies dependencies) : ForeignKeyIndexConvention(dependencies)
{
    private const string Annotation = "Requisition:UnindexedForeignKey";

    /// <summary>Says the foreign key on this property needs no index of its own.</summary>
    public static PropertyBuilder<TProperty> Unindexed<TEntity, TProperty>(EntityTypeBuilder<TEntity> builder, System.Linq.Expressions.Expression<Func<TEntity, TProperty>> property)
        where TEntity : class =>
        builder.Property(property).HasAnnotation(Annotation, true);

    public static void Use(ModelConfigurationBuilder builder) =>
        builder.Conventions.Replace<ForeignKeyIndexConvention>(services =>
            new UnindexedForeignKeys(services.GetRequiredService<ProviderConventionSetBuilderDependencies>()));

    protected override IConventionIndex? CreateIndex(IReadOnlyList<IConventionProperty> properties, bool unique, IConventionEntityTypeBuilder entityTypeBuilder) =>
        !unique && properties.Count == 1 && properties[0].FindAnnotation(Annotation)?.Value is true
            ? null
            : base.CreateIndex(properties, unique, entityTypeBuilder);
}
