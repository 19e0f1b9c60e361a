using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Requisition.Workflows.Persistence.Migrations;

/// <summary>Formularies, RKOs and LPLPOs with their lines (given quantities per funding source).</summary>
[DbContext(typeof(RequisitionDbContext))]
[Migration("0003_PlanningDocuments")]
internal sealed class PlanningDocuments : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "formularies",
            columns: table => new
            {
                id = table.Column<long>().Identity(),
                facility_id = table.Column<string>(),
                year = table.Column<int>(),
                status = table.Column<string>(),
                created_at = table.Column<DateTimeOffset>(),
                established_by = table.Column<string>(nullable: true),
                established_at = table.Column<DateTimeOffset>(nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("pk_formularies", x => x.id);
                table.ForeignKey("fk_formularies_facilities_facility_id", x => x.facility_id, "facilities", "id",
                    onDelete: ReferentialAction.Restrict);
            });
        migrationBuilder.CreateIndex("ix_formularies_facility_id_year", "formularies", ["facility_id", "year"], unique: true);

        migrationBuilder.CreateTable(
            name: "formulary_items",
            columns: table => new
            {
                formulary_id = table.Column<long>(),
                drug_code = table.Column<string>(),
                therapeutic_class = table.Column<string>(nullable: true),
                unit_price = table.Column<decimal>(),
            },
            constraints: table =>
            {
                table.PrimaryKey("pk_formulary_items", x => new { x.formulary_id, x.drug_code });
                table.ForeignKey("fk_formulary_items_formularies_formulary_id", x => x.formulary_id, "formularies", "id",
                    onDelete: ReferentialAction.Cascade);
                table.ForeignKey("fk_formulary_items_drugs_drug_code", x => x.drug_code, "drugs", "code",
                    onDelete: ReferentialAction.Restrict);
            });
        migrationBuilder.CreateIndex("ix_formulary_items_drug_code", "formulary_items", "drug_code");

        migrationBuilder.CreateTable(
            name: "rkos",
            columns: table => new
            {
                id = table.Column<long>().Identity(),
                facility_id = table.Column<string>(),
                year = table.Column<int>(),
                method = table.Column<string>(),
                status = table.Column<string>(),
                budget = table.Column<decimal>(nullable: true),
                threshold_version = table.Column<string>(nullable: true),
                created_at = table.Column<DateTimeOffset>(),
                established_by = table.Column<string>(nullable: true),
                established_at = table.Column<DateTimeOffset>(nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("pk_rkos", x => x.id);
                table.ForeignKey("fk_rkos_facilities_facility_id", x => x.facility_id, "facilities", "id",
                    onDelete: ReferentialAction.Restrict);
            });
        migrationBuilder.CreateIndex("ix_rkos_facility_id_year", "rkos", ["facility_id", "year"], unique: true);

        migrationBuilder.CreateTable(
            name: "rko_items",
            columns: table => new
            {
                rko_id = table.Column<long>(),
                drug_code = table.Column<string>(),
                avg_monthly_use = table.Column<decimal>(),
                annual_use = table.Column<decimal>(),
                safety_stock = table.Column<decimal>(),
                lead_time_stock = table.Column<decimal>(),
                remaining_stock = table.Column<long>(),
                planned_need = table.Column<long>(),
                unit_price = table.Column<decimal>(nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("pk_rko_items", x => new { x.rko_id, x.drug_code });
                table.ForeignKey("fk_rko_items_rkos_rko_id", x => x.rko_id, "rkos", "id",
                    onDelete: ReferentialAction.Cascade);
                table.ForeignKey("fk_rko_items_drugs_drug_code", x => x.drug_code, "drugs", "code",
                    onDelete: ReferentialAction.Restrict);
            });
        migrationBuilder.CreateIndex("ix_rko_items_drug_code", "rko_items", "drug_code");

        CreateLplpoTables(migrationBuilder);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable("lplpo_given");
        migrationBuilder.DropTable("lplpo_items");
        migrationBuilder.DropTable("lplpos");
        migrationBuilder.DropTable("rko_items");
        migrationBuilder.DropTable("rkos");
        migrationBuilder.DropTable("formulary_items");
        migrationBuilder.DropTable("formularies");
    }

    private static void CreateLplpoTables(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "lplpos",
            columns: table => new
            {
                id = table.Column<long>().Identity(),
                facility_id = table.Column<string>(),
                supplier_id = table.Column<string>(),
                period = table.Column<string>(),
                kind = table.Column<string>(),
                justification = table.Column<string>(nullable: true),
                status = table.Column<string>(),
                created_by = table.Column<string>(),
                created_at = table.Column<DateTimeOffset>(),
                submitted_by = table.Column<string>(nullable: true),
                submitted_at = table.Column<DateTimeOffset>(nullable: true),
                reviewed_by = table.Column<string>(nullable: true),
                reviewed_at = table.Column<DateTimeOffset>(nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("pk_lplpos", x => x.id);
                table.ForeignKey("fk_lplpos_facilities_facility_id", x => x.facility_id, "facilities", "id",
                    onDelete: ReferentialAction.Restrict);
                table.ForeignKey("fk_lplpos_facilities_supplier_id", x => x.supplier_id, "facilities", "id",
                    onDelete: ReferentialAction.Restrict);
            });
        migrationBuilder.CreateIndex("ix_lplpos_facility_id_period", "lplpos", ["facility_id", "period"],
            unique: true, filter: "kind = 'Regular'");
        migrationBuilder.CreateIndex("ix_lplpos_supplier_id_status", "lplpos", ["supplier_id", "status"]);

        migrationBuilder.CreateTable(
            name: "lplpo_items",
            columns: table => new
            {
                lplpo_id = table.Column<long>(),
                drug_code = table.Column<string>(),
                opening = table.Column<long>(),
                received = table.Column<long>(),
                used = table.Column<long>(),
                lost = table.Column<long>(),
                closing = table.Column<long>(),
                stockout_days = table.Column<int>(),
                optimum = table.Column<long>(nullable: true),
                requested = table.Column<long>(),
                note = table.Column<string>(nullable: true),
                reason_category = table.Column<string>(nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("pk_lplpo_items", x => new { x.lplpo_id, x.drug_code });
                table.ForeignKey("fk_lplpo_items_lplpos_lplpo_id", x => x.lplpo_id, "lplpos", "id",
                    onDelete: ReferentialAction.Cascade);
                table.ForeignKey("fk_lplpo_items_drugs_drug_code", x => x.drug_code, "drugs", "code",
                    onDelete: ReferentialAction.Restrict);
            });
        migrationBuilder.CreateIndex("ix_lplpo_items_drug_code", "lplpo_items", "drug_code");

        migrationBuilder.CreateTable(
            name: "lplpo_given",
            columns: table => new
            {
                lplpo_id = table.Column<long>(),
                drug_code = table.Column<string>(),
                fund_source = table.Column<string>(),
                quantity = table.Column<long>(),
            },
            constraints: table =>
            {
                table.PrimaryKey("pk_lplpo_given", x => new { x.lplpo_id, x.drug_code, x.fund_source });
                table.ForeignKey("fk_lplpo_given_lplpo_items_lplpo_id_drug_code", x => new { x.lplpo_id, x.drug_code },
                    "lplpo_items", ["lplpo_id", "drug_code"], onDelete: ReferentialAction.Cascade);
            });
    }
}
