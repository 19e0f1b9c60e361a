using System.Globalization;
using Microsoft.Data.Sqlite;
using Requisition.Host.Cli.Cycle;
using Requisition.Rules.Facts;
using Requisition.Workflows.Cycle;
using Requisition.Workflows.Cycle.Indicators;
using Requisition.Workflows.Persistence;
using Requisition.Workflows.Runtime.Contracts;

namespace Requisition.Host.Tests.Cli;

/// <summary>
/// <c>indicators --db FILE --as USER</c> on a small seeded district (a year of closed LPLPOs up to the month before last):
/// the indicators CSV of docs/data-formats.md with the figures the dashboard computes, for the district or one puskesmas,
/// as the user may see them; refusals and option mistakes are exit 2 with nothing on stdout.
/// </summary>
public sealed class IndicatorsDatabaseTests
{
    /// <summary>The default months: the twelve ending last month.</summary>
    private static IndicatorQuery LastTwelve(string? facility) => new(facility, CycleTestDistrict.Month.AddMonths(-11), CycleTestDistrict.Month);

    private static async Task<IndicatorDashboard> ExpectedAsync(CycleTestDistrict district, Actor actor, IndicatorQuery query)
    {
        var database = await RequisitionDatabase.OpenAsync(new DatabaseOptions { Provider = DatabaseProvider.Sqlite, SqlitePath = district.Db });
        var dashboard = await CycleHosting.Load(database).Indicators.DashboardAsync(actor, query);
        SqliteConnection.ClearAllPools();
        return dashboard;
    }

    private static void AssertSameFigures(IndicatorDashboard expected, CliResult result)
    {
        var rows = result.CsvRows();
        Assert.Equal(expected.Figures.Select(f => f.Id), rows.Select(r => r["indicator"]));
        foreach (var (figure, row) in expected.Figures.Zip(rows))
        {
            var value = figure.Value is { } v ? Math.Round(v, 2, MidpointRounding.AwayFromZero).ToString("0.##", CultureInfo.InvariantCulture) : "";
            Assert.Equal((figure.Id, value, figure.Unit, figure.Standard, figure.Meets switch { true => "yes", false => "no", null => "" }),
                (figure.Id, row["value"], row["unit"], row["standard"], row["meets"]));
        }
    }

    [Fact]
    public async Task Indicators_FromADatabaseAsTheIfkOfficer_PrintsTheDistrictFiguresAsTheIndicatorsCsv()
    {
        using var district = await CycleTestDistrict.CreateAsync();
        var expected = await ExpectedAsync(district, new Actor(district.Ifk, CycleRoles.IfkOfficer, district.Seeded.IfkId), LastTwelve(null));

        var result = await district.RunAsync("indicators", "--as", district.Ifk);

        CliAssert.Succeeded(result);
        Assert.Equal("indicator,value,unit,standard,meets", result.CsvHeader);
        Assert.True(expected.District);
        Assert.NotEmpty(expected.Figures);
        AssertSameFigures(expected, result);
    }

    [Fact]
    public async Task Indicators_FromADatabaseAsAPharmacistOverChosenMonths_PrintsTheirOwnPuskesmas()
    {
        using var district = await CycleTestDistrict.CreateAsync();
        var own = district.Seeded.Puskesmas[0].Id;
        var (from, to) = (CycleTestDistrict.Month.AddMonths(-6), CycleTestDistrict.Month.AddMonths(-2));
        var expected = await ExpectedAsync(district, new Actor(district.Pharmacist, CycleRoles.Pharmacist, own), new IndicatorQuery(own, from, to));

        var result = await district.RunAsync("indicators", "--as", district.Pharmacist, "--from", from.ToString(), "--to", to.ToString());

        CliAssert.Succeeded(result);
        Assert.False(expected.District);
        AssertSameFigures(expected, result);
    }

    [Fact]
    public async Task Indicators_FromADatabaseAsATable_NamesTheScopeAndTheMonths()
    {
        using var district = await CycleTestDistrict.CreateAsync();
        var other = district.Seeded.Puskesmas[1].Id;

        var result = await district.RunAsync("indicators", "--as", district.Ifk, "--facility", other, "--format", "table");

        CliAssert.Succeeded(result);
        Assert.StartsWith("puskesmas ", result.OutputLines[0], StringComparison.Ordinal);
        Assert.Contains($"({other}), {CycleTestDistrict.Month.AddMonths(-11)} to {CycleTestDistrict.Month}", result.OutputLines[0], StringComparison.Ordinal);
        var table = CycleTestDistrict.Table(result, "INDICATOR");
        Assert.Contains(table, r => r["INDICATOR"] == "stockout_time");
    }

    [Fact]
    public async Task Indicators_PharmacistAskingForAnotherPuskesmas_IsRefusedWithNothingOnStdout()
    {
        using var district = await CycleTestDistrict.CreateAsync();

        var result = await district.RunAsync("indicators", "--as", district.Pharmacist, "--facility", district.Seeded.Puskesmas[1].Id);

        CliAssert.BadInput(result, "error: ");
    }

    [Fact]
    public async Task Indicators_FromADatabaseWithoutAUser_IsAUsageErrorNamingAs()
    {
        using var district = await CycleTestDistrict.CreateAsync();

        var result = await district.RunAsync("indicators");

        CliAssert.BadInput(result, "error: --as");
    }

    [Fact]
    public async Task Indicators_MonthThatIsNotAMonth_IsAUsageErrorNamingTheOption()
    {
        using var district = await CycleTestDistrict.CreateAsync();

        var result = await district.RunAsync("indicators", "--as", district.Ifk, "--from", "2026-13");

        CliAssert.BadInput(result, "error: --from: '2026-13' is not a period");
    }

    [Fact]
    public async Task Indicators_DataFolderAndDatabaseTogether_IsAUsageError()
    {
        using var district = await CycleTestDistrict.CreateAsync();
        using var folder = DataFolder.Of("district", "indicators");

        var result = await district.RunAsync("indicators", "--data", folder.Path);

        CliAssert.BadInput(result, "error: --data and --db");
    }

    [Fact]
    public void Indicators_NeitherDataFolderNorDatabase_IsAUsageError()
    {
        var result = CliRunner.Run("indicators");

        CliAssert.BadInput(result, "error: give the data files (--data DIR) or a database");
    }
}
