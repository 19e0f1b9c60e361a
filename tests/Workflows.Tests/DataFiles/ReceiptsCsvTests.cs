using Requisition.Rules.Facts;
using Requisition.Workflows.DataFiles;

namespace Requisition.Workflows.Tests.DataFiles;

public sealed class ReceiptsCsvTests
{
    [Fact]
    public void Read_ReceiptWithRejectedQuantity_KeepsTheReason()
    {
        var table = TestCsv.Table("receipts.csv",
            "dokumen,puskesmas,kode_obat,no_batch,dikirim,diterima,ditolak,alasan",
            "SBBK/IFK-KAB/2026/11/003,PKM-MEKARSARI,OB116,B1162707K,86,80,6,Botol pecah saat pengiriman");

        var receipt = Assert.Single(ReceiptsCsv.Read(table));

        Assert.Equal(new Receipt("SBBK/IFK-KAB/2026/11/003", new FacilityId("PKM-MEKARSARI"), new DrugCode("OB116"),
            "B1162707K", 86, 80, 6, "Botol pecah saat pengiriman"), receipt);
    }

    [Fact]
    public void Read_ReceiptWithoutReasonColumn_HasNoReason()
    {
        var table = TestCsv.Table("receipts.csv",
            "document,facility,drug_code,batch,shipped,accepted,rejected",
            "SBBK/1,PKM-CIBEBER,OB117,B1,100,100,0");

        var receipt = Assert.Single(ReceiptsCsv.Read(table));

        Assert.Null(receipt.Reason);
    }
}
