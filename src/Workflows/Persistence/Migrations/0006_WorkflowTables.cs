using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Requisition.Workflows.Persistence.Migrations;

/// <summary>Workflow instances, their bookmarks (tasks, timers, joins) and journal (append-only).</summary>
[DbContext(typeof(RequisitionDbContext))]
[Migration("0006_WorkflowTables")]
internal sealed class WorkflowTables : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "workflow_instances",
            columns: table => new
            {
                id = table.Column<Guid>(),
                definition_id = table.Column<string>(),
                definition_version = table.Column<int>(),
                status = table.Column<string>(),
                correlation_id = table.Column<string>(),
                facility_id = table.Column<string>(nullable: true),
                parent_id = table.Column<Guid>(nullable: true),
                variables_json = table.Column<string>(),
                created_at = table.Column<DateTimeOffset>(),
                updated_at = table.Column<DateTimeOffset>(),
                revision = table.Column<long>(),
            },
            constraints: table =>
            {
                table.PrimaryKey("pk_workflow_instances", x => x.id);
                table.ForeignKey("fk_workflow_instances_workflow_instances_parent_id", x => x.parent_id,
                    "workflow_instances", "id", onDelete: ReferentialAction.Restrict);
            });
        migrationBuilder.CreateIndex("ix_workflow_instances_definition_id_correlation_id", "workflow_instances",
            ["definition_id", "correlation_id"], unique: true, filter: "status NOT IN ('Completed', 'Cancelled')");
        migrationBuilder.CreateIndex("ix_workflow_instances_parent_id", "workflow_instances", "parent_id");

        migrationBuilder.CreateTable(
            name: "workflow_bookmarks",
            columns: table => new
            {
                id = table.Column<Guid>(),
                instance_id = table.Column<Guid>(),
                activity_id = table.Column<string>(),
                kind = table.Column<string>(),
                name = table.Column<string>(),
                role = table.Column<string>(nullable: true),
                facility_id = table.Column<string>(nullable: true),
                due_at = table.Column<DateTimeOffset>(nullable: true),
                outcomes_json = table.Column<string>(),
                created_at = table.Column<DateTimeOffset>(),
                claimed_by = table.Column<string>(nullable: true),
                claimed_until = table.Column<DateTimeOffset>(nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("pk_workflow_bookmarks", x => x.id);
                table.ForeignKey("fk_workflow_bookmarks_workflow_instances_instance_id", x => x.instance_id,
                    "workflow_instances", "id", onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex("ix_workflow_bookmarks_instance_id", "workflow_bookmarks", "instance_id");
        migrationBuilder.CreateIndex("ix_workflow_bookmarks_kind_role_facility_id", "workflow_bookmarks",
            ["kind", "role", "facility_id"]);
        migrationBuilder.CreateIndex("ix_workflow_bookmarks_kind_due_at", "workflow_bookmarks", ["kind", "due_at"]);

        migrationBuilder.CreateTable(
            name: "workflow_journal",
            columns: table => new
            {
                id = table.Column<long>().Identity(),
                instance_id = table.Column<Guid>(),
                activity_id = table.Column<string>(),
                kind = table.Column<string>(),
                user_id = table.Column<string>(),
                role = table.Column<string>(),
                at = table.Column<DateTimeOffset>(),
                input_json = table.Column<string>(),
                outcome = table.Column<string>(),
                flags_json = table.Column<string>(),
                threshold_version = table.Column<string>(nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("pk_workflow_journal", x => x.id);
                table.ForeignKey("fk_workflow_journal_workflow_instances_instance_id", x => x.instance_id,
                    "workflow_instances", "id", onDelete: ReferentialAction.Restrict);
            });
        migrationBuilder.CreateIndex("ix_workflow_journal_instance_id", "workflow_journal", "instance_id");
        AppendOnlyTriggers.Create(migrationBuilder, "workflow_journal");
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        AppendOnlyTriggers.Drop(migrationBuilder, "workflow_journal");
        migrationBuilder.DropTable("workflow_journal");
        migrationBuilder.DropTable("workflow_bookmarks");
        migrationBuilder.DropTable("workflow_instances");
    }
}
