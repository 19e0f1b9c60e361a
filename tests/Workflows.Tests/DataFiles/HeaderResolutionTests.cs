using Requisition.Rules.Facts;
using Requisition.Workflows.DataFiles;

namespace Requisition.Workflows.Tests.DataFiles;

public sealed class HeaderResolutionTests
{
    [Fact]
    public void Read_HeadersInAnyCaseOrderAndSpacing_FindTheirColumns()
    {
        var table = TestCsv.Table("budget.csv",
            "  AMOUNT , Year,Facility ",
            "150000000,2027,PKM-CIBEBER");

        var budgets = BudgetCsv.Read(table);

        Assert.Equal([new Budget(new FacilityId("PKM-CIBEBER"), 2027, 150000000m)], budgets);
    }

    [Fact]
    public void Read_OfficialIndonesianHeaders_AreAcceptedAsAliases()
    {
        var table = TestCsv.Table("history.csv",
            "Kode Puskesmas,Kode Obat,Bulan,Stok Awal,Penerimaan,Pemakaian,Rusak/ED/Hilang,Sisa Stok,Hari Kekosongan",
            "PKM-CIBEBER,OB117,2026-09,1000,500,900,10,590,0");

        var month = Assert.Single(HistoryCsv.Read(table));

        Assert.Equal(new StockMonth(new FacilityId("PKM-CIBEBER"), new DrugCode("OB117"), new Period(2026, 9),
            1000, 500, 900, 10, 590, 0), month);
    }

    [Fact]
    public void Read_UnknownColumn_IsAnErrorOnLineOneNamingTheColumn()
    {
        var table = TestCsv.Table("budget.csv",
            "facility,year,amount,remarks",
            "PKM-CIBEBER,2027,150000000,ok");

        var errors = TestCsv.Errors(() => BudgetCsv.Read(table));

        Assert.Equal(["budget.csv:1: column 'remarks': unknown column: budget.csv takes facility, year, amount"], errors);
    }

    [Fact]
    public void Read_MissingRequiredColumn_IsAnErrorOnLineOneListingItsIndonesianNames()
    {
        var table = TestCsv.Table("budget.csv",
            "facility,year",
            "PKM-CIBEBER,2027");

        var errors = TestCsv.Errors(() => BudgetCsv.Read(table));

        Assert.Equal(["budget.csv:1: column 'amount': required column is missing (Indonesian header accepted: anggaran)"], errors);
    }

    [Fact]
    public void Read_ColumnGivenTwiceUnderTwoNames_IsAnErrorNamingBoth()
    {
        var table = TestCsv.Table("budget.csv",
            "facility,puskesmas,year,amount",
            "PKM-CIBEBER,PKM-CIBEBER,2027,1000");

        var errors = TestCsv.Errors(() => BudgetCsv.Read(table));

        Assert.Equal(["budget.csv:1: column 'puskesmas': repeats column 'facility' (both mean facility); keep one"], errors);
    }

    [Fact]
    public void Read_EmptyUnnamedTrailingColumn_IsIgnored()
    {
        var table = TestCsv.Table("budget.csv",
            "facility,year,amount,",
            "PKM-CIBEBER,2027,1000,");

        var budget = Assert.Single(BudgetCsv.Read(table));

        Assert.Equal(1000m, budget.Amount);
    }

    [Fact]
    public void Read_UnnamedColumnHoldingValues_IsAnError()
    {
        var table = TestCsv.Table("budget.csv",
            "facility,year,amount,",
            "PKM-CIBEBER,2027,1000,",
            "PKM-SUKAJADI,2027,2000,surplus");

        var errors = TestCsv.Errors(() => BudgetCsv.Read(table));

        Assert.Equal(["budget.csv:1: column 4 has no header but holds values (first on line 3)"], errors);
    }

    [Fact]
    public void Read_RowWithMoreFieldsThanTheHeader_IsAnErrorOnThatLine()
    {
        var table = TestCsv.Table("budget.csv",
            "facility,year,amount",
            "PKM-CIBEBER,2027,1500,50");

        var errors = TestCsv.Errors(() => BudgetCsv.Read(table));

        Assert.Equal(["budget.csv:2: has 4 fields but the header has 3 columns"], errors);
    }
}
