using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Requisition.Workflows.Persistence.Migrations;

/// <summary>The facility tree (IFK -> puskesmas -> sub-units), users and their roles per facility.</summary>
[DbContext(typeof(RequisitionDbContext))]
[Migration("0001_FacilitiesAndUsers")]
internal sealed class FacilitiesAndUsers : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "facilities",
            columns: table => new
            {
                id = table.Column<string>(),
                name = table.Column<string>(),
                kind = table.Column<string>(),
                parent_id = table.Column<string>(nullable: true),
                active = table.Column<bool>(),
            },
            constraints: table =>
            {
                table.PrimaryKey("pk_facilities", x => x.id);
                table.ForeignKey("fk_facilities_facilities_parent_id", x => x.parent_id, "facilities", "id",
                    onDelete: ReferentialAction.Restrict);
            });
        migrationBuilder.CreateIndex("ix_facilities_parent_id", "facilities", "parent_id");

        migrationBuilder.CreateTable(
            name: "users",
            columns: table => new
            {
                id = table.Column<string>(),
                name = table.Column<string>(),
                active = table.Column<bool>(),
                created_at = table.Column<DateTimeOffset>(),
            },
            constraints: table => table.PrimaryKey("pk_users", x => x.id));

        migrationBuilder.CreateTable(
            name: "user_roles",
            columns: table => new
            {
                id = table.Column<long>().Identity(),
                user_id = table.Column<string>(),
                role = table.Column<string>(),
                facility_id = table.Column<string>(nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("pk_user_roles", x => x.id);
                table.ForeignKey("fk_user_roles_users_user_id", x => x.user_id, "users", "id",
                    onDelete: ReferentialAction.Cascade);
                table.ForeignKey("fk_user_roles_facilities_facility_id", x => x.facility_id, "facilities", "id",
                    onDelete: ReferentialAction.Restrict);
            });
        migrationBuilder.CreateIndex("ix_user_roles_user_id_role_facility_id", "user_roles",
            ["user_id", "role", "facility_id"], unique: true);
        migrationBuilder.CreateIndex("ix_user_roles_facility_id", "user_roles", "facility_id");
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable("user_roles");
        migrationBuilder.DropTable("users");
        migrationBuilder.DropTable("facilities");
    }
}
