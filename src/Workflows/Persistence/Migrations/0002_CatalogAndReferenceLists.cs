using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Requisition.Workflows.Persistence.Migrations;

/// <summary>The district drug catalog, FORNAS and DOEN editions, and confirmed mappings between them.</summary>
[DbContext(typeof(RequisitionDbContext))]
[Migration("0002_CatalogAndReferenceLists")]
internal sealed class CatalogAndReferenceLists : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "drugs",
            columns: table => new
            {
                code = table.Column<string>(),
                name = table.Column<string>(),
                form = table.Column<string>(),
                strength = table.Column<string>(),
                unit = table.Column<string>(),
                generic = table.Column<bool>(),
                bmhp = table.Column<bool>(),
                programme = table.Column<bool>(),
                lasa = table.Column<bool>(),
                high_alert = table.Column<bool>(),
                pack_size = table.Column<int>(nullable: true),
            },
            constraints: table => table.PrimaryKey("pk_drugs", x => x.code));

        migrationBuilder.CreateTable(
            name: "reference_lists",
            columns: table => new
            {
                id = table.Column<long>().Identity(),
                kind = table.Column<string>(),
                edition = table.Column<string>(),
                source = table.Column<string>(nullable: true),
                imported_by = table.Column<string>(),
                imported_at = table.Column<DateTimeOffset>(),
            },
            constraints: table => table.PrimaryKey("pk_reference_lists", x => x.id));
        migrationBuilder.CreateIndex("ix_reference_lists_kind_edition", "reference_lists", ["kind", "edition"], unique: true);

        migrationBuilder.CreateTable(
            name: "fornas_items",
            columns: table => new
            {
                id = table.Column<long>().Identity(),
                list_id = table.Column<long>(),
                row = table.Column<int>(),
                fornas_id = table.Column<string>(),
                name = table.Column<string>(),
                international_name = table.Column<string>(),
                form = table.Column<string>(),
                strength = table.Column<string>(),
                unit = table.Column<string>(),
                fktp = table.Column<bool>(),
                essential = table.Column<bool>(),
                program = table.Column<bool>(),
                therapeutic_class = table.Column<string>(),
                composition = table.Column<string>(),
            },
            constraints: table =>
            {
                table.PrimaryKey("pk_fornas_items", x => x.id);
                table.ForeignKey("fk_fornas_items_reference_lists_list_id", x => x.list_id, "reference_lists", "id",
                    onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex("ix_fornas_items_list_id_row", "fornas_items", ["list_id", "row"], unique: true);
        migrationBuilder.CreateIndex("ix_fornas_items_list_id_fornas_id", "fornas_items", ["list_id", "fornas_id"]);

        migrationBuilder.CreateTable(
            name: "doen_items",
            columns: table => new
            {
                id = table.Column<long>().Identity(),
                list_id = table.Column<long>(),
                row = table.Column<int>(),
                name = table.Column<string>(),
                form = table.Column<string>(),
                strength = table.Column<string>(),
                unit = table.Column<string>(),
            },
            constraints: table =>
            {
                table.PrimaryKey("pk_doen_items", x => x.id);
                table.ForeignKey("fk_doen_items_reference_lists_list_id", x => x.list_id, "reference_lists", "id",
                    onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex("ix_doen_items_list_id_row", "doen_items", ["list_id", "row"], unique: true);

        migrationBuilder.CreateTable(
            name: "confirmed_mappings",
            columns: table => new
            {
                id = table.Column<long>().Identity(),
                drug_code = table.Column<string>(),
                list_id = table.Column<long>(),
                fornas_item_id = table.Column<long>(nullable: true),
                doen_item_id = table.Column<long>(nullable: true),
                confirmed_by = table.Column<string>(),
                confirmed_at = table.Column<DateTimeOffset>(),
                note = table.Column<string>(nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("pk_confirmed_mappings", x => x.id);
                table.ForeignKey("fk_confirmed_mappings_drugs_drug_code", x => x.drug_code, "drugs", "code",
                    onDelete: ReferentialAction.Restrict);
                table.ForeignKey("fk_confirmed_mappings_reference_lists_list_id", x => x.list_id, "reference_lists", "id",
                    onDelete: ReferentialAction.Cascade);
                table.ForeignKey("fk_confirmed_mappings_fornas_items_fornas_item_id", x => x.fornas_item_id, "fornas_items", "id",
                    onDelete: ReferentialAction.Cascade);
                table.ForeignKey("fk_confirmed_mappings_doen_items_doen_item_id", x => x.doen_item_id, "doen_items", "id",
                    onDelete: ReferentialAction.Cascade);
                table.CheckConstraint("ck_confirmed_mappings_one_item", "(fornas_item_id IS NULL) <> (doen_item_id IS NULL)");
            });
        migrationBuilder.CreateIndex("ix_confirmed_mappings_drug_code_list_id", "confirmed_mappings",
            ["drug_code", "list_id"], unique: true);
        migrationBuilder.CreateIndex("ix_confirmed_mappings_list_id", "confirmed_mappings", "list_id");
        migrationBuilder.CreateIndex("ix_confirmed_mappings_fornas_item_id", "confirmed_mappings", "fornas_item_id");
        migrationBuilder.CreateIndex("ix_confirmed_mappings_doen_item_id", "confirmed_mappings", "doen_item_id");
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable("confirmed_mappings");
        migrationBuilder.DropTable("doen_items");
        migrationBuilder.DropTable("fornas_items");
        migrationBuilder.DropTable("reference_lists");
        migrationBuilder.DropTable("drugs");
    }
}
