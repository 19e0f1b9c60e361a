using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Requisition.Workflows.Persistence.Migrations;

/// <summary>
/// What the web app and the REST API need: a password hash and the lockout counters on each user, tokens for other
/// systems, and an LPLPO revision (a concurrency token, the API's ETag) so a stale update is refused.
/// </summary>
[DbContext(typeof(RequisitionDbContext))]
[Migration("0011_SignInAndApiTokens")]
internal sealed class SignInAndApiTokens : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.AddColumn<string>("password_hash", "users", nullable: true);
        migrationBuilder.AddColumn<int>("failed_sign_ins", "users", nullable: false, defaultValue: 0);
        migrationBuilder.AddColumn<DateTimeOffset>("locked_until", "users", nullable: true);
        migrationBuilder.AddColumn<int>("revision", "lplpos", nullable: false, defaultValue: 0);

        migrationBuilder.CreateTable(
            name: "api_tokens",
            columns: table => new
            {
                id = table.Column<long>().Identity(),
                name = table.Column<string>(),
                hash = table.Column<string>(),
                prefix = table.Column<string>(),
                user_id = table.Column<string>(),
                role = table.Column<string>(),
                facility_id = table.Column<string>(nullable: true),
                created_by = table.Column<string>(),
                created_at = table.Column<DateTimeOffset>(),
                expires_at = table.Column<DateTimeOffset>(nullable: true),
                revoked_at = table.Column<DateTimeOffset>(nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("pk_api_tokens", x => x.id);
                table.ForeignKey("fk_api_tokens_users_user_id", x => x.user_id, "users", "id", onDelete: ReferentialAction.Cascade);
                table.ForeignKey("fk_api_tokens_facilities_facility_id", x => x.facility_id, "facilities", "id",
                    onDelete: ReferentialAction.Restrict);
            });
        migrationBuilder.CreateIndex("ix_api_tokens_hash", "api_tokens", "hash", unique: true);
        migrationBuilder.CreateIndex("ix_api_tokens_user_id", "api_tokens", "user_id");
        migrationBuilder.CreateIndex("ix_api_tokens_facility_id", "api_tokens", "facility_id");
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable("api_tokens");
        // EF's SQLite generator refuses DropColumnOperation; both engines take the plain statement (SQLite since 3.35).
        foreach (var (table, column) in new[] { ("lplpos", "revision"), ("users", "locked_until"), ("users", "failed_sign_ins"), ("users", "password_hash") })
            migrationBuilder.Sql($"ALTER TABLE {table} DROP COLUMN {column};");
    }
}
