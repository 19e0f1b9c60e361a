using Requisition.Workflows.DataFiles;

namespace Requisition.Workflows.Tests.DataFiles;

public sealed class QuantityValueTests
{
    private const string Header = "facility,drug_code,period,opening,received,used,lost,closing,stockout_days";

    [Fact]
    public void Read_WholeNumbers_AreTheQuantities()
    {
        var table = TestCsv.Table("history.csv", Header, "PKM-CIBEBER,OB117,2026-09,1000,500,900,10,590,3");

        var month = Assert.Single(HistoryCsv.Read(table));

        Assert.Equal((1000L, 500L, 900L, 10L, 590L, 3), (month.Opening, month.Received, month.Used, month.Lost, month.Closing, month.StockoutDays));
    }

    [Fact]
    public void Read_NonNumber_IsAnErrorShowingTheExpectedForm()
    {
        var table = TestCsv.Table("history.csv", Header, "PKM-CIBEBER,OB117,2026-09,1000,5OO,900,10,590,0");

        var errors = TestCsv.Errors(() => HistoryCsv.Read(table));

        Assert.Equal(["history.csv:2: column 'received': '5OO' is not a whole number: expected a quantity like 1500 (digits only, no separators)"], errors);
    }

    [Fact]
    public void Read_QuantityWithThousandsSeparator_IsRefused()
    {
        var table = TestCsv.Table("history.csv", Header, "PKM-CIBEBER,OB117,2026-09,1.000,500,900,10,590,0");

        var errors = TestCsv.Errors(() => HistoryCsv.Read(table));

        Assert.Equal(["history.csv:2: column 'opening': '1.000' is not a whole number: expected a quantity like 1500 (digits only, no separators)"], errors);
    }

    [Fact]
    public void Read_NegativeQuantity_IsAnError()
    {
        var table = TestCsv.Table("history.csv", Header, "PKM-CIBEBER,OB117,2026-09,1000,500,900,-10,610,0");

        var errors = TestCsv.Errors(() => HistoryCsv.Read(table));

        Assert.Equal(["history.csv:2: column 'lost': '-10' is negative: quantities are 0 or more"], errors);
    }

    [Fact]
    public void Read_StockoutDaysBeyondTheMonth_IsAnErrorNamingTheMonthLength()
    {
        var table = TestCsv.Table("history.csv", Header, "PKM-CIBEBER,OB117,2026-02,0,0,0,0,0,30");

        var errors = TestCsv.Errors(() => HistoryCsv.Read(table));

        Assert.Equal(["history.csv:2: column 'stockout_days': '30' is more than the 28 days of 2026-02"], errors);
    }

    [Fact]
    public void Read_EveryBadValueOfARow_IsReportedNotJustTheFirst()
    {
        var table = TestCsv.Table("history.csv", Header, "PKM-CIBEBER,OB117,2026-09,x,500,y,10,590,0");

        var errors = TestCsv.Errors(() => HistoryCsv.Read(table));

        Assert.Equal(2, errors.Count);
        Assert.Contains("column 'opening'", errors[0]);
        Assert.Contains("column 'used'", errors[1]);
    }
}
