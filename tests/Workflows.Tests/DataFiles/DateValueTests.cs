using Requisition.Workflows.DataFiles;

namespace Requisition.Workflows.Tests.DataFiles;

public sealed class DateValueTests
{
    [Fact]
    public void Read_IsoExpiryDate_IsTheDate()
    {
        var table = TestCsv.Table("batches.csv", "facility,drug_code,batch,expiry,quantity", "PKM-CIBEBER,OB117,B1172805A,2028-05-31,1306");

        var batch = Assert.Single(BatchesCsv.Read(table));

        Assert.Equal(new DateOnly(2028, 5, 31), batch.Expiry);
    }

    [Theory]
    [InlineData("31/05/2028")]
    [InlineData("2028-02-30")]
    [InlineData("2028-5-31")]
    public void Read_ExpiryNotAnIsoDate_IsAnErrorShowingTheExpectedForm(string text)
    {
        var table = TestCsv.Table("batches.csv", "facility,drug_code,batch,expiry,quantity", $"PKM-CIBEBER,OB117,B1,{text},10");

        var errors = TestCsv.Errors(() => BatchesCsv.Read(table));

        Assert.Equal([$"batches.csv:2: column 'expiry': '{text}' is not a date: expected YYYY-MM-DD, like 2027-03-31"], errors);
    }

    [Theory]
    [InlineData("2026-13")]
    [InlineData("10-2026")]
    [InlineData("2026-10-01")]
    public void Read_PeriodNotYearAndMonth_IsAnErrorShowingTheExpectedForm(string text)
    {
        var table = TestCsv.Table("history.csv",
            "facility,drug_code,period,opening,received,used,lost,closing,stockout_days",
            $"PKM-CIBEBER,OB117,{text},0,0,0,0,0,0");

        var errors = TestCsv.Errors(() => HistoryCsv.Read(table));

        Assert.Equal([$"history.csv:2: column 'period': '{text}' is not a period: expected YYYY-MM, like 2026-10"], errors);
    }
}
