using Requisition.Rules.Facts;
using Requisition.Workflows.DataFiles;

namespace Requisition.Workflows.Tests.DataFiles;

public sealed class LplpoCsvTests
{
    private const string Header = "facility,period,drug_code,opening,received,used,lost,closing,requested,optimum,given,note,submitted";

    [Fact]
    public void Read_LplpoRow_BecomesTheLineWithItsReviewColumns()
    {
        var table = TestCsv.Table("lplpo.csv", Header,
            "PKM-CIBEBER,2026-10,OB117,3546,3100,2726,0,3920,2406,6326,1500,\"Stok IFK terbatas, diberikan sebagian\",2026-11-05");

        var line = Assert.Single(LplpoCsv.Read(table).Lines);

        Assert.Equal(new LplpoLine(new FacilityId("PKM-CIBEBER"), new Period(2026, 10), new DrugCode("OB117"),
            3546, 3100, 2726, 0, 3920, 2406, 6326, 1500, "Stok IFK terbatas, diberikan sebagian"), line);
    }

    [Fact]
    public void Read_BlankOptionalColumns_AreNull()
    {
        var table = TestCsv.Table("lplpo.csv", Header, "PKM-CIBEBER,2026-10,OB116,182,148,152,0,178,138,,,,");

        var line = Assert.Single(LplpoCsv.Read(table).Lines);

        Assert.Equal(((long?)null, (long?)null, (string?)null), (line.Optimum, line.Given, line.Note));
    }

    [Fact]
    public void Read_LinesOfSeveralFacilities_GiveOneDocumentPerFacilityAndPeriodInFileOrder()
    {
        var table = TestCsv.Table("lplpo.csv", Header,
            "PKM-SUKAJADI,2026-10,OB117,1,0,0,0,1,0,,,,2026-11-08",
            "PKM-CIBEBER,2026-10,OB117,1,0,0,0,1,0,,,,2026-11-05",
            "PKM-SUKAJADI,2026-10,OB007,1,0,0,0,1,0,,,,2026-11-08",
            "PKM-SUKAJADI,2026-09,OB007,1,0,0,0,1,0,,,,2026-10-09");

        var documents = LplpoCsv.Read(table).Documents;

        Assert.Equal(
        [
            new LplpoDocument(new FacilityId("PKM-SUKAJADI"), new Period(2026, 10), new DateOnly(2026, 11, 8)),
            new LplpoDocument(new FacilityId("PKM-CIBEBER"), new Period(2026, 10), new DateOnly(2026, 11, 5)),
            new LplpoDocument(new FacilityId("PKM-SUKAJADI"), new Period(2026, 9), new DateOnly(2026, 10, 9)),
        ], documents);
    }

    [Fact]
    public void Read_WithoutSubmittedDates_GivesDraftDocuments()
    {
        var table = TestCsv.Table("lplpo.csv",
            "facility,period,drug_code,opening,received,used,lost,closing,requested",
            "PKM-CIBEBER,2026-10,OB117,1,0,0,0,1,0");

        var document = Assert.Single(LplpoCsv.Read(table).Documents);

        Assert.Null(document.SubmittedOn);
    }

    [Fact]
    public void Read_LinesOfOneDocumentWithDifferentSubmittedDates_IsAnErrorNamingTheFirstLine()
    {
        var table = TestCsv.Table("lplpo.csv", Header,
            "PKM-CIBEBER,2026-10,OB117,1,0,0,0,1,0,,,,2026-11-05",
            "PKM-CIBEBER,2026-10,OB007,1,0,0,0,1,0,,,,2026-11-05",
            "PKM-CIBEBER,2026-10,OB008,1,0,0,0,1,0,,,,2026-11-12",
            "PKM-CIBEBER,2026-10,OB010,1,0,0,0,1,0,,,,");

        var errors = TestCsv.Errors(() => LplpoCsv.Read(table));

        Assert.Equal(
        [
            "lplpo.csv:4: column 'submitted': '2026-11-12' differs from '2026-11-05' on line 2: all lines of the LPLPO of PKM-CIBEBER for 2026-10 must give the same date",
            "lplpo.csv:5: column 'submitted': a blank date differs from '2026-11-05' on line 2: all lines of the LPLPO of PKM-CIBEBER for 2026-10 must give the same date",
        ], errors);
    }

    [Fact]
    public void Read_SameItemTwiceInOnePeriod_IsADuplicatedRow()
    {
        var table = TestCsv.Table("lplpo.csv", Header,
            "PKM-CIBEBER,2026-10,OB117,1,0,0,0,1,0,,,,2026-11-05",
            "PKM-CIBEBER,2026-10,OB117,1,0,0,0,1,5,,,,2026-11-05");

        var errors = TestCsv.Errors(() => LplpoCsv.Read(table));

        Assert.Equal(["lplpo.csv:3: duplicated row: repeats line 2 (same facility, period and drug_code)"], errors);
    }
}
