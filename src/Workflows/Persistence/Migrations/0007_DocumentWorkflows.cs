using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Requisition.Workflows.Persistence.Migrations;

/// <summary>
/// Each planning document knows the workflow instance that carries it (formulary, RKO, LPLPO), and an LPLPO keeps
/// the reason it was last returned for revision.
/// </summary>
[DbContext(typeof(RequisitionDbContext))]
[Migration("0007_DocumentWorkflows")]
internal sealed class DocumentWorkflows : Migration
{
    private static readonly string[] Documents = ["formularies", "rkos", "lplpos"];

    protected override void Up(MigrationBuilder migrationBuilder)
    {
        foreach (var table in Documents)
        {
            migrationBuilder.AddColumn<Guid>("workflow_instance_id", table, nullable: true);
            migrationBuilder.CreateIndex($"ix_{table}_workflow_instance_id", table, "workflow_instance_id");
        }
        migrationBuilder.AddColumn<string>("return_reason", "lplpos", nullable: true);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        DropColumn(migrationBuilder, "lplpos", "return_reason");
        foreach (var table in Documents)
        {
            migrationBuilder.DropIndex($"ix_{table}_workflow_instance_id", table);
            DropColumn(migrationBuilder, table, "workflow_instance_id");
        }
    }

    /// <summary>EF's SQLite provider refuses DropColumn outside a model rebuild; SQLite itself drops an unindexed column since 3.35.</summary>
    private static void DropColumn(MigrationBuilder migrationBuilder, string table, string column)
    {
        if (migrationBuilder.ActiveProvider == "Microsoft.EntityFrameworkCore.Sqlite")
            migrationBuilder.Sql($"ALTER TABLE \"{table}\" DROP COLUMN \"{column}\";");
        else
            migrationBuilder.DropColumn(column, table);
    }
}
