using Requisition.Rules.Facts;
using Requisition.Workflows.DataFiles;

namespace Requisition.Workflows.Tests.DataFiles;

public sealed class BatchesCsvTests
{
    [Fact]
    public void Read_BatchRowWithPriceAndFundSource_BecomesTheBatchStock()
    {
        var table = TestCsv.Table("batches.csv",
            "facility,drug_code,batch,expiry,quantity,unit_price,fund_source",
            "IFK-KAB,OB061,B0612701K,2027-01-31,1525,160,APBD II");

        var batch = Assert.Single(BatchesCsv.Read(table));

        Assert.Equal(new BatchStock(new FacilityId("IFK-KAB"), new DrugCode("OB061"), "B0612701K",
            new DateOnly(2027, 1, 31), 1525, 160m, "APBD II"), batch);
    }

    [Fact]
    public void Read_IndonesianBatchHeaders_AreAccepted()
    {
        var table = TestCsv.Table("batches.csv",
            "fasilitas,kode,no_batch,ED,jumlah,harga_satuan,sumber_dana",
            "PKM-CIBEBER,OB117,B1172805A,2028-05-31,1306,125,DAK");

        var batch = Assert.Single(BatchesCsv.Read(table));

        Assert.Equal((125m, "DAK"), (batch.UnitPrice, batch.FundSource));
    }

    [Fact]
    public void Read_WithoutOptionalColumns_LeavesPriceAndFundSourceNull()
    {
        var table = TestCsv.Table("batches.csv",
            "facility,drug_code,batch,expiry,quantity",
            "PKM-CIBEBER,OB117,B1172805A,2028-05-31,1306");

        var batch = Assert.Single(BatchesCsv.Read(table));

        Assert.Equal(((decimal?)null, (string?)null), (batch.UnitPrice, batch.FundSource));
    }

    [Fact]
    public void Read_SameBatchTwiceForOneItem_IsADuplicatedRow()
    {
        var table = TestCsv.Table("batches.csv",
            "facility,drug_code,batch,expiry,quantity",
            "PKM-CIBEBER,OB117,B1,2028-05-31,10",
            "PKM-CIBEBER,OB117,B1,2028-05-31,20");

        var errors = TestCsv.Errors(() => BatchesCsv.Read(table));

        Assert.Equal(["batches.csv:3: duplicated row: repeats line 2 (same facility, drug_code and batch)"], errors);
    }
}
