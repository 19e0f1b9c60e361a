using Requisition.Rules.Facts;
using Requisition.Workflows.DataFiles;

namespace Requisition.Workflows.Tests.DataFiles;

public sealed class ShipmentsCsvTests
{
    [Fact]
    public void Read_SbbkLine_BecomesTheShipment()
    {
        var table = TestCsv.Table("shipments.csv",
            "no_sbbk,from_facility,to_facility,kode_obat,no_batch,jumlah",
            "SBBK/IFK-KAB/2026/11/001,IFK-KAB,PKM-CIBEBER,OB117,B1172709K,1500");

        var shipment = Assert.Single(ShipmentsCsv.Read(table));

        Assert.Equal(new Shipment("SBBK/IFK-KAB/2026/11/001", new FacilityId("IFK-KAB"), new FacilityId("PKM-CIBEBER"),
            new DrugCode("OB117"), "B1172709K", 1500), shipment);
    }

    [Fact]
    public void Read_SameBatchTwiceInOneDocument_IsADuplicatedRow()
    {
        var table = TestCsv.Table("shipments.csv",
            "document,from_facility,to_facility,drug_code,batch,quantity",
            "SBBK/1,IFK-KAB,PKM-CIBEBER,OB117,B1,100",
            "SBBK/1,IFK-KAB,PKM-CIBEBER,OB117,B1,200");

        var errors = TestCsv.Errors(() => ShipmentsCsv.Read(table));

        Assert.Equal(["shipments.csv:3: duplicated row: repeats line 2 (same document, drug_code and batch)"], errors);
    }
}
