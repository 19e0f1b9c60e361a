using Requisition.Workflows.DataFiles;

namespace Requisition.Workflows.Tests.DataFiles;

public sealed class FormularyCoverageTests
{
    private const string HistoryHeader = "facility,drug_code,period,opening,received,used,lost,closing,stockout_days\n";
    private const string FormularyHeader = "facility,drug_code,name,form,strength,unit,generic,price\n";

    [Fact]
    public void Load_WithoutFormularyCsv_DoesNotCheckDrugCodes()
    {
        using var folder = new TempFolder(("history.csv", HistoryHeader + "PKM-CIBEBER,OB999,2026-09,1,0,0,0,1,0\n"));

        var data = CheckDataLoader.Load(folder.Path);

        Assert.Single(data.History);
    }

    [Fact]
    public void Load_ItemWhoseFormularyRowIsBad_IsNotAlsoReportedMissingFromTheFormulary()
    {
        using var folder = new TempFolder(
            ("formulary.csv", FormularyHeader + "PKM-CIBEBER,OB117,Parasetamol tablet 500 mg,tablet,500,mg,yes,Rp125\n"),
            ("history.csv", HistoryHeader + "PKM-CIBEBER,OB117,2026-09,1,0,0,0,1,0\n"));

        var errors = TestCsv.Errors(() => CheckDataLoader.Load(folder.Path));

        Assert.Equal(["formulary.csv:2: column 'price': 'Rp125' is not a number: expected a number like 1500.50 ('.' is the decimal point, no thousands separators)"], errors);
    }

    [Fact]
    public void Load_FormularyWithoutItsColumns_DoesNotReportEveryOtherRowAsMissing()
    {
        using var folder = new TempFolder(
            ("formulary.csv", "facility,drug_code,name\nPKM-CIBEBER,OB117,Parasetamol tablet 500 mg\n"),
            ("history.csv", HistoryHeader + "PKM-CIBEBER,OB117,2026-09,1,0,0,0,1,0\n"));

        var errors = TestCsv.Errors(() => CheckDataLoader.Load(folder.Path));

        Assert.All(errors, e => Assert.StartsWith("formulary.csv:1:", e));
    }

    [Fact]
    public void Load_ItemListedOnlyAtAnotherPuskesmas_IsMissingForAPuskesmasWithItsOwnFormulary()
    {
        using var folder = new TempFolder(
            ("formulary.csv", FormularyHeader +
                "PKM-CIBEBER,OB117,Parasetamol tablet 500 mg,tablet,500,mg,yes,125\n" +
                "PKM-SUKAJADI,OB007,Amoksisilin kaplet 500 mg,kaplet,500,mg,yes,390\n"),
            ("history.csv", HistoryHeader + "PKM-CIBEBER,OB007,2026-09,1,0,0,0,1,0\n"));

        var errors = TestCsv.Errors(() => CheckDataLoader.Load(folder.Path));

        Assert.Equal(["history.csv:2: column 'drug_code': drug code 'OB007' is not in formulary.csv for PKM-CIBEBER"], errors);
    }

    [Fact]
    public void Load_IfkStockOfAnItemSomePuskesmasLists_IsCovered()
    {
        using var folder = new TempFolder(
            ("formulary.csv", FormularyHeader + "PKM-SUKAJADI,OB007,Amoksisilin kaplet 500 mg,kaplet,500,mg,yes,390\n"),
            ("batches.csv", "facility,drug_code,batch,expiry,quantity\nIFK-KAB,OB007,B0072801L,2028-01-31,5000\n"));

        var data = CheckDataLoader.Load(folder.Path);

        Assert.Single(data.Batches);
    }
}
