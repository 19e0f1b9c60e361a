using Requisition.Workflows.DataFiles;

namespace Requisition.Workflows.Tests.DataFiles;

public sealed class MoneyValueTests
{
    private const string Header = "facility,year,amount";

    [Theory]
    [InlineData("150000000", "150000000")]
    [InlineData("1500.50", "1500.50")]
    [InlineData("0", "0")]
    public void Read_InvariantAmount_IsTheRupiahValue(string text, string expected)
    {
        var table = TestCsv.Table("budget.csv", Header, $"PKM-CIBEBER,2027,{text}");

        var budget = Assert.Single(BudgetCsv.Read(table));

        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), budget.Amount);
    }

    [Fact]
    public void Read_IndonesianLocaleAmount_IsRefusedWithTheExpectedForm()
    {
        var table = TestCsv.Table("budget.csv", "facility;year;amount", "PKM-CIBEBER;2027;1.500,50");

        var errors = TestCsv.Errors(() => BudgetCsv.Read(table));

        Assert.Equal(["budget.csv:2: column 'amount': '1.500,50' is not a number: expected a number like 1500.50 ('.' is the decimal point, no thousands separators)"], errors);
    }

    [Fact]
    public void Read_AmountWithThreeDecimals_IsRefusedAsALikelyThousandsSeparator()
    {
        var table = TestCsv.Table("budget.csv", Header, "PKM-CIBEBER,2027,1.500");

        var errors = TestCsv.Errors(() => BudgetCsv.Read(table));

        Assert.Equal(["budget.csv:2: column 'amount': '1.500' has more than 2 decimals: expected an amount like 1500.50 ('.' is the decimal point, no thousands separators)"], errors);
    }

    [Fact]
    public void Read_NegativeAmount_IsAnError()
    {
        var table = TestCsv.Table("budget.csv", Header, "PKM-CIBEBER,2027,-5");

        var errors = TestCsv.Errors(() => BudgetCsv.Read(table));

        Assert.Equal(["budget.csv:2: column 'amount': '-5' is negative: expected 0 or more"], errors);
    }

    [Fact]
    public void Read_YearNotOfFourDigits_IsAnError()
    {
        var table = TestCsv.Table("budget.csv", Header, "PKM-CIBEBER,27,1000");

        var errors = TestCsv.Errors(() => BudgetCsv.Read(table));

        Assert.Equal(["budget.csv:2: column 'year': '27' is not a year: expected four digits, like 2027"], errors);
    }
}
