using Microsoft.EntityFrameworkCore.Migrations;

namespace Requisition.Workflows.Persistence.Migrations;

/// <summary>
/// Database triggers that refuse UPDATE and DELETE on a history table, so raw SQL and bulk updates cannot
/// rewrite history either (the context refuses tracked changes before they reach the database).
/// </summary>
internal static class AppendOnlyTriggers
{
    private const string PostgresFunction = "refuse_history_change";

    public static string UpdateTrigger(string table) => $"{table}_no_update";

    public static string DeleteTrigger(string table) => $"{table}_no_delete";

    /// <summary>The PostgreSQL trigger function, shared by every history table (created once, in 0004).</summary>
    public static void CreateFunction(MigrationBuilder migrationBuilder)
    {
        if (!IsPostgres(migrationBuilder)) return;
        migrationBuilder.Sql($"""
            CREATE FUNCTION {PostgresFunction}() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                RAISE EXCEPTION '% is append-only: % refused', TG_TABLE_NAME, TG_OP;
            END
            $$;
            """);
    }

    public static void DropFunction(MigrationBuilder migrationBuilder)
    {
        if (IsPostgres(migrationBuilder))
            migrationBuilder.Sql($"DROP FUNCTION {PostgresFunction}();");
    }

    public static void Create(MigrationBuilder migrationBuilder, string table)
    {
        foreach (var (name, operation) in Triggers(table))
        {
            migrationBuilder.Sql(IsPostgres(migrationBuilder)
                ? $"CREATE TRIGGER {name} BEFORE {operation} ON {table} FOR EACH ROW EXECUTE FUNCTION {PostgresFunction}();"
                : $"CREATE TRIGGER {name} BEFORE {operation} ON {table} BEGIN SELECT RAISE(ABORT, '{table} is append-only: {operation} refused'); END;");
        }
    }

    public static void Drop(MigrationBuilder migrationBuilder, string table)
    {
        foreach (var (name, _) in Triggers(table))
        {
            migrationBuilder.Sql(IsPostgres(migrationBuilder)
                ? $"DROP TRIGGER {name} ON {table};"
                : $"DROP TRIGGER {name};");
        }
    }

    private static IEnumerable<(string Name, string Operation)> Triggers(string table) =>
        [(UpdateTrigger(table), "UPDATE"), (DeleteTrigger(table), "DELETE")];

    private static bool IsPostgres(MigrationBuilder migrationBuilder) =>
        migrationBuilder.ActiveProvider == "Npgsql.EntityFrameworkCore.PostgreSQL";
}
