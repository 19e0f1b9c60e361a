namespace Requisition.Workflows.Tests.Persistence.Support;

/// <summary>
/// A schema written as one sorted line per fact (a table, a column with its type and nullability, a key, an index,
/// a check, a trigger), so two schemas compare as sets and a difference reads as the lines on one side only.
/// Names of primary and foreign keys are compared on PostgreSQL only: SQLite does not report them.
/// </summary>
internal static class SchemaLines
{
    public static string Table(string table) => $"table {table}";

    public static string Column(string table, string column, string storeType, bool nullable) =>
        $"column {table}.{column} {storeType.ToLowerInvariant()}{(nullable ? " null" : " not null")}";

    public static string Identity(string table, string column) => $"identity {table}.{column}";

    public static string PrimaryKey(string table, IEnumerable<string> columns) => $"primary key {table} ({string.Join(", ", columns)})";

    public static string ForeignKey(string table, IEnumerable<string> columns, string principal, IEnumerable<string> principalColumns, string onDelete) =>
        $"foreign key {table} ({string.Join(", ", columns)}) -> {principal} ({string.Join(", ", principalColumns)}) on delete {onDelete.ToLowerInvariant()}";

    public static string Index(string table, string name, IEnumerable<string> columns, bool unique, bool filtered) =>
        $"index {table}.{name} ({string.Join(", ", columns)}){(unique ? " unique" : "")}{(filtered ? " filtered" : "")}";

    /// <summary>The name of a primary or foreign key (PostgreSQL only: SQLite does not report them).</summary>
    public static string ConstraintName(string table, string name) => $"constraint {table}.{name}";

    public static string Check(string table, string name) => $"check {table}.{name}";

    public static string Trigger(string table, string name) => $"trigger {table}.{name}";

    /// <summary>What one side has and the other lacks, or "" when they are the same.</summary>
    public static string Difference(IReadOnlySet<string> expected, IReadOnlySet<string> actual, string expectedName, string actualName)
    {
        var missing = expected.Except(actual).Order().ToList();
        var extra = actual.Except(expected).Order().ToList();
        if (missing.Count == 0 && extra.Count == 0) return "";
        return $"in the {expectedName} only:\n  {string.Join("\n  ", missing)}\nin the {actualName} only:\n  {string.Join("\n  ", extra)}";
    }
}
