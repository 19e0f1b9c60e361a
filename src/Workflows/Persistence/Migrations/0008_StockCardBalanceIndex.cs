using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Requisition.Workflows.Persistence.Migrations;

/// <summary>
/// A covering index for a facility's batch balances (the sum of its movements per item, batch, expiry and funding
/// source): the IFK's card grows by thousands of lines a month and is summed at every review and shipment.
/// </summary>
[DbContext(typeof(RequisitionDbContext))]
[Migration("0008_StockCardBalanceIndex")]
internal sealed class StockCardBalanceIndex : Migration
{
    public const string Name = "ix_stock_movements_balance";

    protected override void Up(MigrationBuilder migrationBuilder) =>
        migrationBuilder.CreateIndex(Name, "stock_movements",
            ["facility_id", "drug_code", "batch", "expiry", "fund_source", "quantity", "unit_price"]);

    protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.DropIndex(Name, "stock_movements");
}
