using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Requisition.Workflows.Persistence.Migrations;

/// <summary>
/// Batch balances kept as rows (stock_balances), as inventory systems keep them: a facility's card is read from its few
/// hundred balances instead of summing its whole history, which for the IFK grows by thousands of movements a month.
/// Every save that adds movements adds them to the balances in the same transaction (<c>Saving/StockBalances</c>);
/// this migration fills the table from the movements already there.
/// </summary>
[DbContext(typeof(RequisitionDbContext))]
[Migration("0009_StockBalances")]
internal sealed class StockBalances : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "stock_balances",
            columns: table => new
            {
                facility_id = table.Column<string>(),
                drug_code = table.Column<string>(),
                batch = table.Column<string>(),
                expiry = table.Column<DateOnly>(),
                fund_source = table.Column<string>(),
                quantity = table.Column<long>(),
                unit_price = table.Column<decimal>(nullable: true),
            },
            constraints: table => table.PrimaryKey("pk_stock_balances",
                x => new { x.facility_id, x.drug_code, x.batch, x.expiry, x.fund_source }));

        // The same sums the card was read with until now: quantities added up, the highest price. SQLite keeps decimals
        // as text, so its plain MAX would compare them as strings ('9.5' > '10.0'); EF Core's ef_max, registered on
        // every connection EF opens (this migration's too), compares them as decimals.
        var max = migrationBuilder.ActiveProvider == "Microsoft.EntityFrameworkCore.Sqlite" ? "ef_max" : "MAX";
        migrationBuilder.Sql($"""
            INSERT INTO stock_balances (facility_id, drug_code, batch, expiry, fund_source, quantity, unit_price)
            SELECT facility_id, drug_code, batch, expiry, fund_source, SUM(quantity), {max}(unit_price)
            FROM stock_movements
            GROUP BY facility_id, drug_code, batch, expiry, fund_source;
            """);
    }

    protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.DropTable("stock_balances");
}
