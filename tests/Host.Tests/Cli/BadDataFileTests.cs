namespace Requisition.Host.Tests.Cli;

/// <summary>
/// A data file with one problem: <c>check</c> exits 2, prints nothing on standard output, and names the file,
/// line, column (as the file writes it) and reason on standard error. Each test replaces one file of the
/// LPLPO fixture (fixtures/district + fixtures/monthly) or adds one.
/// </summary>
public sealed class BadDataFileTests
{
    private static CliResult CheckLplpo(DataFolder folder) =>
        CliRunner.Run("check", "--step", "lplpo", "--data", folder.Path, "--as-of", Fixtures.AsOf);

    [Fact]
    public void Check_LplpoWithoutTheRequestedColumn_NamesTheMissingColumnOnTheHeaderLine()
    {
        using var folder = DataFolder.Of("district", "monthly").With("lplpo.csv", """
            facility,period,drug_code,opening,received,used,lost,closing
            PKM-A,2026-10,OB117,1500,1000,1000,0,1500
            """);

        var result = CheckLplpo(folder);

        CliAssert.BadInput(result, "error: lplpo.csv:1: column 'requested': required column is missing");
    }

    [Fact]
    public void Check_FormularyWithAnUnknownColumn_NamesTheColumnAndListsTheKnownOnes()
    {
        using var folder = DataFolder.Of("district", "monthly").With("formulary.csv", """
            facility,drug_code,name,form,strength,unit,generic,price,remarks
            PKM-A,OB117,Parasetamol tablet 500 mg,tablet,500,mg,yes,100,stok aman
            """);

        var result = CheckLplpo(folder);

        CliAssert.BadInput(result, "error: formulary.csv:1: column 'remarks': unknown column: formulary.csv takes facility, drug_code");
    }

    [Fact]
    public void Check_HistoryWithAThousandsSeparator_SaysTheValueIsNotAWholeNumber()
    {
        using var folder = DataFolder.Of("district", "monthly").With("history.csv", """
            facility,drug_code,period,opening,received,used,lost,closing,stockout_days
            PKM-A,OB117,2026-08,1500,1000,1000,0,1500,0
            PKM-A,OB117,2026-09,1500,1000,1.000,0,1500,0
            """);

        var result = CheckLplpo(folder);

        CliAssert.BadInput(result, "error: history.csv:3: column 'used': '1.000' is not a whole number");
    }

    [Fact]
    public void Check_IndonesianHeaderWithABadValue_NamesTheColumnAsTheFileWritesIt()
    {
        using var folder = DataFolder.Of("district", "monthly").With("history.csv", """
            Puskesmas,Kode Obat,Periode,Stok Awal,Penerimaan,Pemakaian,Rusak/ED/Hilang,Sisa Stok,Hari Kosong
            PKM-A,OB117,2026-09,1500,1000,seribu,0,1500,0
            """);

        var result = CheckLplpo(folder);

        CliAssert.BadInput(result, "error: history.csv:2: column 'Pemakaian': 'seribu' is not a whole number");
    }

    [Fact]
    public void Check_LplpoWithANegativeLoss_SaysQuantitiesAreZeroOrMore()
    {
        using var folder = DataFolder.Of("district", "monthly").With("lplpo.csv", """
            facility,period,drug_code,opening,received,used,lost,closing,requested
            PKM-A,2026-10,OB117,1500,1000,1000,-3,1503,500
            """);

        var result = CheckLplpo(folder);

        CliAssert.BadInput(result, "error: lplpo.csv:2: column 'lost': '-3' is negative");
    }

    [Fact]
    public void Check_BatchesWithADayFirstDate_SaysTheDateFormatExpected()
    {
        using var folder = DataFolder.Of("district", "monthly").With("batches.csv", """
            facility,drug_code,batch,expiry,quantity
            PKM-A,OB117,B117-A,2027-01-31,300
            PKM-A,OB117,B117-B,30/06/2028,1200
            """);

        var result = CheckLplpo(folder);

        CliAssert.BadInput(result, "error: batches.csv:3: column 'expiry': '30/06/2028' is not a date: expected YYYY-MM-DD");
    }

    [Fact]
    public void Check_LplpoWithAMonthName_SaysThePeriodFormatExpected()
    {
        using var folder = DataFolder.Of("district", "monthly").With("lplpo.csv", """
            facility,period,drug_code,opening,received,used,lost,closing,requested
            PKM-A,Okt 2026,OB117,1500,1000,1000,0,1500,500
            """);

        var result = CheckLplpo(folder);

        CliAssert.BadInput(result, "error: lplpo.csv:2: column 'period': 'Okt 2026' is not a period: expected YYYY-MM");
    }

    [Fact]
    public void Check_LplpoNamingADrugTheFormularyLacks_NamesTheCodeAndTheFacility()
    {
        using var folder = DataFolder.Of("district", "monthly").With("lplpo.csv", """
            facility,period,drug_code,opening,received,used,lost,closing,requested
            PKM-A,2026-10,OB117,1500,1000,1000,0,1500,500
            PKM-A,2026-10,OB999,10,0,5,0,5,5
            """);

        var result = CheckLplpo(folder);

        CliAssert.BadInput(result, "error: lplpo.csv:3: column 'drug_code': drug code 'OB999' is not in formulary.csv for PKM-A");
    }

    [Fact]
    public void Check_RkoWithARepeatedRow_SaysWhichLineItRepeats()
    {
        using var folder = DataFolder.Of("district", "rko").With("rko.csv", """
            facility,drug_code,avg_monthly_use,annual_use,safety_stock,lead_time_stock,remaining_stock,planned_need
            PKM-A,OB117,1000,12000,2400,923.08,1500,13824
            PKM-A,OB007,1000,12000,2400,923.08,0,18000
            PKM-A,OB117,1000,12000,2400,923.08,1500,13824
            """);

        var result = CliRunner.Run("check", "--step", "rko", "--data", folder.Path, "--as-of", Fixtures.AsOf);

        CliAssert.BadInput(result, "error: rko.csv:4: duplicated row: repeats line 2");
    }

    [Fact]
    public void Check_ProblemsInTwoFiles_AreAllReportedInOneRun()
    {
        using var folder = DataFolder.Of("district", "monthly")
            .With("lplpo.csv", """
                facility,period,drug_code,opening,received,used,lost,closing,requested
                PKM-A,2026-10,OB117,1500,1000,1000,-3,1503,500
                """)
            .With("batches.csv", """
                facility,drug_code,batch,expiry,quantity
                PKM-A,OB117,B117-A,31/01/2027,300
                """);

        var result = CheckLplpo(folder);

        CliAssert.BadInput(result, "error: lplpo.csv:2: column 'lost'");
        CliAssert.BadInput(result, "error: batches.csv:2: column 'expiry'");
    }
}
