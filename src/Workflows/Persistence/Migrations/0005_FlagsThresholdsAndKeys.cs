using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Requisition.Workflows.Persistence.Migrations;

/// <summary>Raised flags and what people did about them, threshold set history, idempotency keys.</summary>
[DbContext(typeof(RequisitionDbContext))]
[Migration("0005_FlagsThresholdsAndKeys")]
internal sealed class FlagsThresholdsAndKeys : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "flags",
            columns: table => new
            {
                id = table.Column<long>().Identity(),
                rule = table.Column<string>(),
                severity = table.Column<string>(),
                step = table.Column<string>(),
                facility_id = table.Column<string>(),
                drug_code = table.Column<string>(nullable: true),
                period = table.Column<string>(nullable: true),
                subject = table.Column<string>(nullable: true),
                message = table.Column<string>(),
                evidence_json = table.Column<string>(),
                thresholds_json = table.Column<string>(),
                threshold_version = table.Column<string>(),
                workflow_instance_id = table.Column<Guid>(nullable: true),
                raised_at = table.Column<DateTimeOffset>(),
                status = table.Column<string>(),
                acknowledged_by = table.Column<string>(nullable: true),
                acknowledged_at = table.Column<DateTimeOffset>(nullable: true),
                acknowledge_reason = table.Column<string>(nullable: true),
                resolved_by = table.Column<string>(nullable: true),
                resolved_at = table.Column<DateTimeOffset>(nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("pk_flags", x => x.id);
                table.ForeignKey("fk_flags_facilities_facility_id", x => x.facility_id, "facilities", "id",
                    onDelete: ReferentialAction.Restrict);
            });
        migrationBuilder.CreateIndex("ix_flags_facility_id_status", "flags", ["facility_id", "status"]);
        migrationBuilder.CreateIndex("ix_flags_workflow_instance_id", "flags", "workflow_instance_id");

        migrationBuilder.CreateTable(
            name: "threshold_revisions",
            columns: table => new
            {
                id = table.Column<long>().Identity(),
                version = table.Column<string>(),
                scope_id = table.Column<string>(nullable: true),
                json = table.Column<string>(),
                changed_by = table.Column<string>(),
                changed_at = table.Column<DateTimeOffset>(),
                reason = table.Column<string>(),
            },
            constraints: table =>
            {
                table.PrimaryKey("pk_threshold_revisions", x => x.id);
                table.ForeignKey("fk_threshold_revisions_facilities_scope_id", x => x.scope_id, "facilities", "id",
                    onDelete: ReferentialAction.Restrict);
            });
        migrationBuilder.CreateIndex("ix_threshold_revisions_version", "threshold_revisions", "version", unique: true);
        migrationBuilder.CreateIndex("ix_threshold_revisions_scope_id", "threshold_revisions", "scope_id");
        AppendOnlyTriggers.Create(migrationBuilder, "threshold_revisions");

        migrationBuilder.CreateTable(
            name: "idempotency_keys",
            columns: table => new
            {
                user_id = table.Column<string>(),
                key = table.Column<string>(),
                command = table.Column<string>(),
                result_json = table.Column<string>(),
                created_at = table.Column<DateTimeOffset>(),
            },
            constraints: table => table.PrimaryKey("pk_idempotency_keys", x => new { x.user_id, x.key }));
        migrationBuilder.CreateIndex("ix_idempotency_keys_created_at", "idempotency_keys", "created_at");
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable("idempotency_keys");
        AppendOnlyTriggers.Drop(migrationBuilder, "threshold_revisions");
        migrationBuilder.DropTable("threshold_revisions");
        migrationBuilder.DropTable("flags");
    }
}
