using Requisition.Rules.Facts;
using Requisition.Workflows.DataFiles;

namespace Requisition.Workflows.Tests.DataFiles;

public sealed class CheckDataLoaderTests
{
    private static readonly FacilityId Cibeber = new("PKM-CIBEBER");

    [Fact]
    public void Load_GoodFolder_ReadsEveryKnownFileIntoItsFacts()
    {
        var data = CheckDataLoader.Load(TestCsv.FixturePath("good"));

        Assert.Equal((4, 3, 2, 1, 3, 1, 1, 1, 1), (data.Formulary.Count, data.History.Count, data.Lplpo.Count,
            data.LplpoDocuments.Count, data.Batches.Count, data.Rko.Count, data.Shipments.Count, data.Receipts.Count,
            data.Budgets.Count));
        Assert.Equal(new LplpoDocument(Cibeber, new Period(2026, 10), new DateOnly(2026, 11, 5)), data.LplpoDocuments[0]);
        Assert.Equal(new Budget(Cibeber, 2027, 63000000m), data.Budgets[0]);
        Assert.Equal(550.50m, data.Formulary[2].Price);
    }

    [Fact]
    public void Load_GoodFolder_ListsTheFilesReadInReadingOrderAndIgnoresOthers()
    {
        var data = CheckDataLoader.Load(TestCsv.FixturePath("good"));

        Assert.Equal(
            ["formulary.csv", "history.csv", "lplpo.csv", "batches.csv", "rko.csv", "shipments.csv", "receipts.csv", "budget.csv", "doen.csv"],
            data.FilesRead);
    }

    [Fact]
    public void Load_FolderWithoutFornasCsv_LeavesFornasEmptyForTheShippedList()
    {
        var data = CheckDataLoader.Load(TestCsv.FixturePath("good"));

        Assert.Empty(data.Fornas);
    }

    [Fact]
    public void Load_FolderWithDoenCsv_ReadsTheDoenList()
    {
        var data = CheckDataLoader.Load(TestCsv.FixturePath("good"));

        var entry = Assert.Single(data.Doen!);
        Assert.Equal("parasetamol", entry.Name);
    }

    [Fact]
    public void Load_FolderWithoutDoenCsv_LeavesDoenNull()
    {
        var data = CheckDataLoader.Load(TestCsv.FixturePath("good-indonesian"));

        Assert.Null(data.Doen);
    }

    [Fact]
    public void Load_IndonesianSpreadsheetExport_GivesTheSameFactsAsTheEnglishFiles()
    {
        var english = CheckDataLoader.Load(TestCsv.FixturePath("good"));

        var indonesian = CheckDataLoader.Load(TestCsv.FixturePath("good-indonesian"));

        Assert.Equal(english.Formulary, indonesian.Formulary);
        Assert.Equal(english.History, indonesian.History);
        Assert.Equal(english.Lplpo, indonesian.Lplpo);
        Assert.Equal(english.LplpoDocuments, indonesian.LplpoDocuments);
        Assert.Equal(english.Batches, indonesian.Batches);
        Assert.Equal(english.Rko, indonesian.Rko);
        Assert.Equal(english.Shipments, indonesian.Shipments);
        Assert.Equal(english.Receipts, indonesian.Receipts);
        Assert.Equal(english.Budgets, indonesian.Budgets);
        Assert.Contains("Formulary.csv", indonesian.FilesRead);
    }

    [Fact]
    public void Load_FolderWithNoneOfTheKnownFiles_IsAnErrorNamingTheFolder()
    {
        var folder = TestCsv.FixturePath("no-known-files");

        var errors = TestCsv.Errors(() => CheckDataLoader.Load(folder));

        Assert.Equal([$"{folder}: holds none of the known files (formulary.csv, history.csv, lplpo.csv, batches.csv, rko.csv, shipments.csv, receipts.csv, budget.csv, fornas.csv, doen.csv)"], errors);
    }

    [Fact]
    public void Load_FolderThatDoesNotExist_IsAnErrorNamingIt()
    {
        var folder = TestCsv.FixturePath("no-such-folder");

        var errors = TestCsv.Errors(() => CheckDataLoader.Load(folder));

        Assert.Equal([$"{folder}: is not a folder that exists"], errors);
    }
}
