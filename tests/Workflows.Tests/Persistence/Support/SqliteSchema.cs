using System.Text.RegularExpressions;
using Requisition.Workflows.Persistence;

namespace Requisition.Workflows.Tests.Persistence.Support;

/// <summary>Reads a SQLite schema from <c>sqlite_master</c> and the table pragmas.</summary>
internal static partial class SqliteSchema
{
    public static async Task<SortedSet<string>> DescribeAsync(RequisitionDbContext db)
    {
        var lines = new SortedSet<string>(StringComparer.Ordinal);
        var tables = await CatalogQuery.RowsAsync(db,
            "SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'");
        foreach (var row in tables)
        {
            var table = (string)row[0];
            if (DatabaseSchema.MigrationTables.Contains(table)) continue;
            var sql = (string)row[1];
            lines.Add(SchemaLines.Table(table));
            await AddColumnsAsync(db, table, lines);
            await AddForeignKeysAsync(db, table, lines);
            await AddIndexesAsync(db, table, lines);
            foreach (Match check in Check().Matches(sql)) lines.Add(SchemaLines.Check(table, check.Groups[1].Value));
            foreach (Match identity in Autoincrement().Matches(sql)) lines.Add(SchemaLines.Identity(table, identity.Groups[1].Value));
        }
        foreach (var trigger in await CatalogQuery.RowsAsync(db, "SELECT tbl_name, name FROM sqlite_master WHERE type = 'trigger'"))
            lines.Add(SchemaLines.Trigger((string)trigger[0], (string)trigger[1]));
        return lines;
    }

    private static async Task AddColumnsAsync(RequisitionDbContext db, string table, SortedSet<string> lines)
    {
        var columns = await CatalogQuery.RowsAsync(db,
            "SELECT name, type, \"notnull\", pk FROM pragma_table_info(@table)", ("@table", table));
        foreach (var column in columns)
            lines.Add(SchemaLines.Column(table, (string)column[0], (string)column[1], (long)column[2] == 0));
        var key = columns.Where(c => (long)c[3] > 0).OrderBy(c => (long)c[3]).Select(c => (string)c[0]).ToList();
        if (key.Count > 0) lines.Add(SchemaLines.PrimaryKey(table, key));
    }

    private static async Task AddForeignKeysAsync(RequisitionDbContext db, string table, SortedSet<string> lines)
    {
        var rows = await CatalogQuery.RowsAsync(db,
            "SELECT id, \"table\", \"from\", \"to\", on_delete FROM pragma_foreign_key_list(@table) ORDER BY id, seq",
            ("@table", table));
        foreach (var foreignKey in rows.GroupBy(r => (long)r[0]))
        {
            var first = foreignKey.First();
            lines.Add(SchemaLines.ForeignKey(table, foreignKey.Select(r => (string)r[2]), (string)first[1],
                foreignKey.Select(r => (string)r[3]), (string)first[4]));
        }
    }

    private static async Task AddIndexesAsync(RequisitionDbContext db, string table, SortedSet<string> lines)
    {
        var indexes = await CatalogQuery.RowsAsync(db,
            "SELECT name, \"unique\", origin, partial FROM pragma_index_list(@table)", ("@table", table));
        foreach (var index in indexes)
        {
            if ((string)index[2] != "c") continue; // "pk" and "u": made by a key, not by CREATE INDEX
            var name = (string)index[0];
            var columns = await CatalogQuery.RowsAsync(db,
                "SELECT name FROM pragma_index_info(@index) ORDER BY seqno", ("@index", name));
            lines.Add(SchemaLines.Index(table, name, columns.Select(c => (string)c[0]), (long)index[1] == 1, (long)index[3] == 1));
        }
    }

    [GeneratedRegex("CONSTRAINT \"([^\"]+)\" CHECK")]
    private static partial Regex Check();

    [GeneratedRegex("\"(\\w+)\" INTEGER NOT NULL CONSTRAINT \"[^\"]+\" PRIMARY KEY AUTOINCREMENT")]
    private static partial Regex Autoincrement();
}
