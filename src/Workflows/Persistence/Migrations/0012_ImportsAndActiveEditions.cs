using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Requisition.Workflows.Persistence.Migrations;

/// <summary>
/// Imports: the active edition of each reference list kind (the newest stored edition of each kind becomes the active
/// one, as matching used the newest until now), and a record of every applied import.
/// </summary>
[DbContext(typeof(RequisitionDbContext))]
[Migration("0012_ImportsAndActiveEditions")]
internal sealed class ImportsAndActiveEditions : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.AddColumn<bool>("active", "reference_lists", nullable: false, defaultValue: false);
        migrationBuilder.Sql(
            "UPDATE reference_lists SET active = TRUE WHERE id IN (SELECT MAX(id) FROM reference_lists GROUP BY kind);");

        migrationBuilder.CreateTable(
            name: "import_runs",
            columns: table => new
            {
                id = table.Column<long>().Identity(),
                kind = table.Column<string>(),
                file_name = table.Column<string>(),
                sha256 = table.Column<string>(),
                rows = table.Column<int>(),
                added = table.Column<int>(),
                changed = table.Column<int>(),
                unchanged = table.Column<int>(),
                imported_by = table.Column<string>(),
                imported_at = table.Column<DateTimeOffset>(),
            },
            constraints: table => table.PrimaryKey("pk_import_runs", x => x.id));
        migrationBuilder.CreateIndex("ix_import_runs_imported_at", "import_runs", "imported_at");
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable("import_runs");
        // EF's SQLite generator refuses DropColumnOperation; both engines take the plain statement (SQLite since 3.35).
        migrationBuilder.Sql("ALTER TABLE reference_lists DROP COLUMN active;");
    }
}
