using Requisition.Workflows.DataFiles;

namespace Requisition.Workflows.Tests.DataFiles;

public sealed class ErrorCapTests
{
    [Fact]
    public void Read_MoreThanFiftyProblems_ListsFiftyThenCountsTheRest()
    {
        var rows = Enumerable.Range(1, 60).Select(i => $"PKM-{i},2027,lots").ToArray();
        var table = TestCsv.Table("budget.csv", ["facility,year,amount", .. rows]);

        var errors = TestCsv.Errors(() => BudgetCsv.Read(table));

        Assert.Equal(51, errors.Count);
        Assert.StartsWith("budget.csv:51: column 'amount'", errors[49]);
        Assert.Equal("budget.csv: ... and 10 more", errors[50]);
    }

    [Fact]
    public void Read_ExactlyFiftyProblems_ListsThemAllWithoutACount()
    {
        var rows = Enumerable.Range(1, 50).Select(i => $"PKM-{i},2027,lots").ToArray();
        var table = TestCsv.Table("budget.csv", ["facility,year,amount", .. rows]);

        var errors = TestCsv.Errors(() => BudgetCsv.Read(table));

        Assert.Equal(50, errors.Count);
        Assert.DoesNotContain(errors, e => e.Contains("more", StringComparison.Ordinal));
    }

    [Fact]
    public void Load_ManyProblemsAcrossFiles_ListsFiftyThenCountsTheRestAgainstTheFolder()
    {
        var formulary = "facility,drug_code,name,form,strength,unit,generic,price\n" +
            string.Concat(Enumerable.Range(1, 30).Select(i => $"PKM-CIBEBER,OB{i},Obat {i},tablet,1,mg,yes,x\n"));
        var budget = "facility,year,amount\n" + string.Concat(Enumerable.Range(1, 30).Select(i => $"PKM-{i},27,1\n"));
        using var folder = new TempFolder(("formulary.csv", formulary), ("budget.csv", budget));

        var errors = TestCsv.Errors(() => CheckDataLoader.Load(folder.Path));

        Assert.Equal(51, errors.Count);
        Assert.StartsWith("formulary.csv:31:", errors[29]);
        Assert.StartsWith("budget.csv:21:", errors[49]);
        Assert.Equal($"{folder.Path}: ... and 10 more", errors[50]);
    }
}
