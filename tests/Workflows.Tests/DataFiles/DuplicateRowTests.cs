using Requisition.Workflows.DataFiles;

namespace Requisition.Workflows.Tests.DataFiles;

public sealed class DuplicateRowTests
{
    [Fact]
    public void Read_RowWithTheKeyOfAnEarlierRow_IsAnErrorSayingWhichLineItRepeats()
    {
        var table = TestCsv.Table("history.csv",
            "facility,drug_code,period,opening,received,used,lost,closing,stockout_days",
            "PKM-CIBEBER,OB117,2026-08,100,0,50,0,50,0",
            "PKM-CIBEBER,OB117,2026-09,50,0,50,0,0,3",
            "PKM-CIBEBER,OB117,2026-08,100,0,40,0,60,0");

        var errors = TestCsv.Errors(() => HistoryCsv.Read(table));

        Assert.Equal(["history.csv:4: duplicated row: repeats line 2 (same facility, drug_code and period)"], errors);
    }

    [Fact]
    public void Read_SameDrugCodeAtTwoFacilities_IsNotADuplicate()
    {
        var table = TestCsv.Table("formulary.csv",
            "facility,drug_code,name,form,strength,unit,generic,price",
            "PKM-CIBEBER,OB117,Parasetamol tablet 500 mg,tablet,500,mg,yes,125",
            "PKM-SUKAJADI,OB117,Parasetamol tablet 500 mg,tablet,500,mg,yes,125");

        var items = FormularyCsv.Read(table);

        Assert.Equal(2, items.Count);
    }

    [Fact]
    public void Read_DuplicatedFormularyItem_NamesTheKeyColumns()
    {
        var table = TestCsv.Table("formulary.csv",
            "facility,drug_code,name,form,strength,unit,generic,price",
            "PKM-CIBEBER,OB117,Parasetamol tablet 500 mg,tablet,500,mg,yes,125",
            "PKM-CIBEBER,OB117,Paracetamol tab,tablet,500,mg,yes,130");

        var errors = TestCsv.Errors(() => FormularyCsv.Read(table));

        Assert.Equal(["formulary.csv:3: duplicated row: repeats line 2 (same facility and drug_code)"], errors);
    }
}
