using Requisition.Workflows.Persistence;
using Requisition.Workflows.Tests.Persistence.Support;

namespace Requisition.Workflows.Tests.Persistence;

/// <summary>
/// The hand-written migrations build exactly the schema the EF model describes, on both providers: every table,
/// column type and nullability, numbered key, primary and foreign key with its delete rule, index, check and
/// history trigger. This stands in for EF's pending-model-changes check (docs/adr/0004-migrations.md).
/// </summary>
public abstract class MigratedSchemaTests(TestDatabase database)
{
    [Fact]
    public async Task MigratedDatabase_HasExactlyTheSchemaOfTheModel()
    {
        var migrated = await database.MigratedAsync();
        await using var db = migrated.CreateDbContext();

        var model = ModelSchema.Describe(db);
        var actual = await DatabaseSchema.DescribeAsync(db);

        var difference = SchemaLines.Difference(model, actual, "model", "database");
        Assert.True(difference.Length == 0, difference);
    }

    [Fact]
    public async Task SchemaDescription_SeesKeysIndexesChecksAndTriggers()
    {
        var migrated = await database.MigratedAsync();
        await using var db = migrated.CreateDbContext();

        var actual = await DatabaseSchema.DescribeAsync(db);

        Assert.Contains(SchemaLines.Identity("workflow_journal", "id"), actual);
        Assert.Contains(SchemaLines.ForeignKey("lplpo_given", ["lplpo_id", "drug_code"], "lplpo_items", ["lplpo_id", "drug_code"], "cascade"), actual);
        Assert.Contains(SchemaLines.Index("workflow_instances", "ix_workflow_instances_definition_id_correlation_id",
            ["definition_id", "correlation_id"], unique: true, filtered: true), actual);
        Assert.Contains(SchemaLines.Check("stock_movements", "ck_stock_movements_quantity"), actual);
        Assert.Contains(SchemaLines.Trigger("stock_movements", "stock_movements_no_delete"), actual);
        var bigint = db.Provider == DatabaseProvider.Sqlite ? "integer" : "bigint";
        Assert.Contains(SchemaLines.Column("workflow_instances", "revision", bigint, nullable: false), actual);
    }

    public sealed class OnSqlite(SqliteTestDatabase database) : MigratedSchemaTests(database), IClassFixture<SqliteTestDatabase>;

    [Collection(PostgresCollection.Name)]
    public sealed class OnPostgres(PostgresServer server) : MigratedSchemaTests(server.DatabaseFor(typeof(OnPostgres)));
}
