using Requisition.Workflows.Persistence;

namespace Requisition.Workflows.Tests.Persistence.Support;

/// <summary>Reads a PostgreSQL schema (<c>public</c>) from <c>pg_catalog</c>.</summary>
internal static class PostgresSchema
{
    private const string Columns = """
        SELECT c.relname::text, a.attname::text, format_type(a.atttypid, a.atttypmod), a.attnotnull, a.attidentity::text
        FROM pg_attribute a
        JOIN pg_class c ON c.oid = a.attrelid
        JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE n.nspname = 'public' AND c.relkind = 'r' AND a.attnum > 0 AND NOT a.attisdropped
        """;

    private const string Constraints = """
        SELECT rel.relname::text, con.conname::text, con.contype::text,
               array(SELECT a.attname::text FROM unnest(con.conkey) WITH ORDINALITY k(attnum, ord)
                     JOIN pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = k.attnum ORDER BY k.ord),
               coalesce(frel.relname::text, ''),
               array(SELECT a.attname::text FROM unnest(coalesce(con.confkey, '{}')) WITH ORDINALITY k(attnum, ord)
                     JOIN pg_attribute a ON a.attrelid = con.confrelid AND a.attnum = k.attnum ORDER BY k.ord),
               con.confdeltype::text
        FROM pg_constraint con
        JOIN pg_class rel ON rel.oid = con.conrelid
        JOIN pg_namespace n ON n.oid = rel.relnamespace
        LEFT JOIN pg_class frel ON frel.oid = con.confrelid
        WHERE n.nspname = 'public'
        """;

    private const string Indexes = """
        SELECT t.relname::text, i.relname::text, ix.indisunique, ix.indpred IS NOT NULL,
               array(SELECT a.attname::text FROM unnest(ix.indkey::int2[]) WITH ORDINALITY k(attnum, ord)
                     JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = k.attnum ORDER BY k.ord)
        FROM pg_index ix
        JOIN pg_class t ON t.oid = ix.indrelid
        JOIN pg_class i ON i.oid = ix.indexrelid
        JOIN pg_namespace n ON n.oid = t.relnamespace
        WHERE n.nspname = 'public' AND NOT ix.indisprimary
        """;

    private const string Triggers = """
        SELECT c.relname::text, t.tgname::text
        FROM pg_trigger t
        JOIN pg_class c ON c.oid = t.tgrelid
        JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE n.nspname = 'public' AND NOT t.tgisinternal
        """;

    public static async Task<SortedSet<string>> DescribeAsync(RequisitionDbContext db)
    {
        var lines = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var row in await CatalogQuery.RowsAsync(db, Columns))
        {
            var table = (string)row[0];
            if (DatabaseSchema.MigrationTables.Contains(table)) continue;
            lines.Add(SchemaLines.Table(table));
            lines.Add(SchemaLines.Column(table, (string)row[1], (string)row[2], !(bool)row[3]));
            if ((string)row[4] != "") lines.Add(SchemaLines.Identity(table, (string)row[1]));
        }
        foreach (var row in await CatalogQuery.RowsAsync(db, Constraints))
        {
            var table = (string)row[0];
            if (DatabaseSchema.MigrationTables.Contains(table)) continue;
            var columns = (string[])row[3];
            switch ((string)row[2])
            {
                case "p":
                    lines.Add(SchemaLines.PrimaryKey(table, columns));
                    lines.Add(SchemaLines.ConstraintName(table, (string)row[1]));
                    break;
                case "f":
                    lines.Add(SchemaLines.ForeignKey(table, columns, (string)row[4], (string[])row[5], DeleteRule((string)row[6])));
                    lines.Add(SchemaLines.ConstraintName(table, (string)row[1]));
                    break;
                case "c":
                    lines.Add(SchemaLines.Check(table, (string)row[1]));
                    break;
                default:
                    lines.Add($"constraint {table}.{row[1]} of type {row[2]}");
                    break;
            }
        }
        foreach (var row in await CatalogQuery.RowsAsync(db, Indexes))
        {
            if (DatabaseSchema.MigrationTables.Contains((string)row[0])) continue;
            lines.Add(SchemaLines.Index((string)row[0], (string)row[1], (string[])row[4], (bool)row[2], (bool)row[3]));
        }
        foreach (var row in await CatalogQuery.RowsAsync(db, Triggers))
            lines.Add(SchemaLines.Trigger((string)row[0], (string)row[1]));
        return lines;
    }

    private static string DeleteRule(string code) => code switch
    {
        "c" => "cascade",
        "r" => "restrict",
        "n" => "set null",
        "d" => "set default",
        _ => "no action",
    };
}
