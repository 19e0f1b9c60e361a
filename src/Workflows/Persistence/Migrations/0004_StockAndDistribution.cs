using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Requisition.Workflows.Persistence.Migrations;

/// <summary>The stock ledger (kartu stok, append-only), issue notes (SBBK) and receipts.</summary>
[DbContext(typeof(RequisitionDbContext))]
[Migration("0004_StockAndDistribution")]
internal sealed class StockAndDistribution : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "stock_movements",
            columns: table => new
            {
                id = table.Column<long>().Identity(),
                facility_id = table.Column<string>(),
                drug_code = table.Column<string>(),
                batch = table.Column<string>(),
                expiry = table.Column<DateOnly>(),
                fund_source = table.Column<string>(),
                kind = table.Column<string>(),
                quantity = table.Column<long>(),
                unit_price = table.Column<decimal>(nullable: true),
                occurred_on = table.Column<DateOnly>(),
                counterparty_id = table.Column<string>(nullable: true),
                document = table.Column<string>(nullable: true),
                note = table.Column<string>(nullable: true),
                recorded_by = table.Column<string>(),
                recorded_at = table.Column<DateTimeOffset>(),
            },
            constraints: table =>
            {
                table.PrimaryKey("pk_stock_movements", x => x.id);
                table.ForeignKey("fk_stock_movements_facilities_facility_id", x => x.facility_id, "facilities", "id",
                    onDelete: ReferentialAction.Restrict);
                table.ForeignKey("fk_stock_movements_drugs_drug_code", x => x.drug_code, "drugs", "code",
                    onDelete: ReferentialAction.Restrict);
                table.ForeignKey("fk_stock_movements_facilities_counterparty_id", x => x.counterparty_id, "facilities", "id",
                    onDelete: ReferentialAction.Restrict);
                table.CheckConstraint("ck_stock_movements_quantity", "quantity <> 0");
            });
        migrationBuilder.CreateIndex("ix_stock_movements_facility_id_drug_code_batch", "stock_movements",
            ["facility_id", "drug_code", "batch"]);
        migrationBuilder.CreateIndex("ix_stock_movements_drug_code", "stock_movements", "drug_code");
        migrationBuilder.CreateIndex("ix_stock_movements_counterparty_id", "stock_movements", "counterparty_id");
        AppendOnlyTriggers.CreateFunction(migrationBuilder);
        AppendOnlyTriggers.Create(migrationBuilder, "stock_movements");

        migrationBuilder.CreateTable(
            name: "issue_notes",
            columns: table => new
            {
                id = table.Column<long>().Identity(),
                number = table.Column<string>(),
                from_id = table.Column<string>(),
                to_id = table.Column<string>(),
                lplpo_id = table.Column<long>(nullable: true),
                issued_by = table.Column<string>(),
                issued_at = table.Column<DateTimeOffset>(),
            },
            constraints: table =>
            {
                table.PrimaryKey("pk_issue_notes", x => x.id);
                table.ForeignKey("fk_issue_notes_facilities_from_id", x => x.from_id, "facilities", "id",
                    onDelete: ReferentialAction.Restrict);
                table.ForeignKey("fk_issue_notes_facilities_to_id", x => x.to_id, "facilities", "id",
                    onDelete: ReferentialAction.Restrict);
                table.ForeignKey("fk_issue_notes_lplpos_lplpo_id", x => x.lplpo_id, "lplpos", "id",
                    onDelete: ReferentialAction.Restrict);
            });
        migrationBuilder.CreateIndex("ix_issue_notes_number", "issue_notes", "number", unique: true);
        migrationBuilder.CreateIndex("ix_issue_notes_from_id", "issue_notes", "from_id");
        migrationBuilder.CreateIndex("ix_issue_notes_to_id", "issue_notes", "to_id");
        migrationBuilder.CreateIndex("ix_issue_notes_lplpo_id", "issue_notes", "lplpo_id");

        migrationBuilder.CreateTable(
            name: "issue_note_lines",
            columns: table => new
            {
                id = table.Column<long>().Identity(),
                issue_note_id = table.Column<long>(),
                drug_code = table.Column<string>(),
                batch = table.Column<string>(),
                expiry = table.Column<DateOnly>(),
                fund_source = table.Column<string>(),
                quantity = table.Column<long>(),
                unit_price = table.Column<decimal>(nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("pk_issue_note_lines", x => x.id);
                table.ForeignKey("fk_issue_note_lines_issue_notes_issue_note_id", x => x.issue_note_id, "issue_notes", "id",
                    onDelete: ReferentialAction.Cascade);
                table.ForeignKey("fk_issue_note_lines_drugs_drug_code", x => x.drug_code, "drugs", "code",
                    onDelete: ReferentialAction.Restrict);
            });
        migrationBuilder.CreateIndex("ix_issue_note_lines_issue_note_id_drug_code_batch_fund_source", "issue_note_lines",
            ["issue_note_id", "drug_code", "batch", "fund_source"], unique: true);
        migrationBuilder.CreateIndex("ix_issue_note_lines_drug_code", "issue_note_lines", "drug_code");

        CreateReceiptTables(migrationBuilder);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable("receipt_lines");
        migrationBuilder.DropTable("receipts");
        migrationBuilder.DropTable("issue_note_lines");
        migrationBuilder.DropTable("issue_notes");
        AppendOnlyTriggers.Drop(migrationBuilder, "stock_movements");
        migrationBuilder.DropTable("stock_movements");
        AppendOnlyTriggers.DropFunction(migrationBuilder);
    }

    private static void CreateReceiptTables(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "receipts",
            columns: table => new
            {
                id = table.Column<long>().Identity(),
                issue_note_id = table.Column<long>(),
                received_by = table.Column<string>(),
                received_at = table.Column<DateTimeOffset>(),
                note = table.Column<string>(nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("pk_receipts", x => x.id);
                table.ForeignKey("fk_receipts_issue_notes_issue_note_id", x => x.issue_note_id, "issue_notes", "id",
                    onDelete: ReferentialAction.Restrict);
            });
        migrationBuilder.CreateIndex("ix_receipts_issue_note_id", "receipts", "issue_note_id", unique: true);

        migrationBuilder.CreateTable(
            name: "receipt_lines",
            columns: table => new
            {
                receipt_id = table.Column<long>(),
                issue_note_line_id = table.Column<long>(),
                accepted = table.Column<long>(),
                rejected = table.Column<long>(),
                reason = table.Column<string>(nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("pk_receipt_lines", x => new { x.receipt_id, x.issue_note_line_id });
                table.ForeignKey("fk_receipt_lines_receipts_receipt_id", x => x.receipt_id, "receipts", "id",
                    onDelete: ReferentialAction.Cascade);
                table.ForeignKey("fk_receipt_lines_issue_note_lines_issue_note_line_id", x => x.issue_note_line_id,
                    "issue_note_lines", "id", onDelete: ReferentialAction.Restrict);
                table.CheckConstraint("ck_receipt_lines_quantities", "accepted >= 0 AND rejected >= 0");
            });
        migrationBuilder.CreateIndex("ix_receipt_lines_issue_note_line_id", "receipt_lines", "issue_note_line_id");
    }
}
