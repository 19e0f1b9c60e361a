using Requisition.Workflows.Persistence;

namespace Requisition.Workflows.Tests.Persistence.Support;

/// <summary>The schema a database really has, read from its catalog, as <see cref="SchemaLines"/>.</summary>
internal static class DatabaseSchema
{
    /// <summary>EF's own bookkeeping tables, not part of the model.</summary>
    public static readonly IReadOnlySet<string> MigrationTables =
        new HashSet<string> { "__EFMigrationsHistory", "__EFMigrationsLock" };

    public static Task<SortedSet<string>> DescribeAsync(RequisitionDbContext db) => db.Provider switch
    {
        DatabaseProvider.Sqlite => SqliteSchema.DescribeAsync(db),
        _ => PostgresSchema.DescribeAsync(db),
    };
}
