using Requisition.Workflows.Cycle;
using Requisition.Workflows.Tests.Cycle.Support;
using Requisition.Workflows.Tests.Persistence;
using Requisition.Workflows.Tests.Persistence.Support;

namespace Requisition.Workflows.Tests.Cycle;

/// <summary>
/// Bad input to the draft and to starting a month is refused with every problem at its field path (lines[1].used), and
/// nothing of the command is written: not the good lines of a draft with one bad line either.
/// </summary>
public abstract class BadInputTests(TestDatabase database)
{
    [Fact]
    public async Task SaveDraft_LinesTheValidatorRefuses_AreRefusedEachAtItsFieldAndNothingIsWritten()
    {
        var (district, lplpo, view) = await DraftAsync();
        var lines = new List<DraftLine>
        {
            new(view.Lines[0].DrugCode, Used: 1),
            new(view.Lines[1].DrugCode, Used: -3),
            new(view.Lines[2].DrugCode, StockoutDays: 40),
            new("", Requested: 5),
        };
        var probe = new LedgerProbe(district.Database);
        var before = await probe.RowsAsync();

        var refused = await Assert.ThrowsAsync<CommandRejectedException>(() =>
            district.Host.Lplpo.SaveDraftAsync(district.Pharmacist(0), lplpo.LplpoId, new SaveDraftInput(lines)));

        Assert.Equal(["lines[1].used", "lines[2].stockoutDays", "lines[3].drugCode"], refused.Errors.Select(e => e.Field).Order(StringComparer.Ordinal));
        Assert.Equal(before, await probe.RowsAsync());
    }

    [Fact]
    public async Task SaveDraft_AnUnknownItemAndMoreUseThanInStock_AreRefusedAtTheirLinesAndTheGoodLineIsNotWritten()
    {
        var (district, lplpo, view) = await DraftAsync();
        var line = view.Lines[1];
        var lines = new List<DraftLine>
        {
            new(view.Lines[0].DrugCode, Used: 1),
            new(line.DrugCode, Used: line.Opening + line.Received + 1),
            new("OBT-999", Requested: 10),
        };
        var probe = new LedgerProbe(district.Database);
        var before = await probe.RowsAsync();

        var refused = await Assert.ThrowsAsync<CommandRejectedException>(() =>
            district.Host.Lplpo.SaveDraftAsync(district.Pharmacist(0), lplpo.LplpoId, new SaveDraftInput(lines)));

        Assert.Equal(["lines[1].used", "lines[2].drugCode"], refused.Errors.Select(e => e.Field).Order(StringComparer.Ordinal));
        Assert.Equal(before, await probe.RowsAsync());
        Assert.Equal(view.Lines[0].Used, (await district.Host.Queries.LplpoAsync(district.Pharmacist(0), lplpo.LplpoId)).Lines[0].Used);
    }

    [Fact]
    public async Task StartMonth_WithAPeriodThatIsNoMonth_IsRefusedAtPeriodAndStartsNothing()
    {
        var district = await CycleDistrict.CreateAsync(await database.FreshAsync(), puskesmas: 2);
        var probe = new LedgerProbe(district.Database);
        var before = await probe.RowsAsync();

        var refused = await Assert.ThrowsAsync<CommandRejectedException>(() =>
            district.Host.Lplpo.StartMonthAsync(district.Ifk, new StartMonthInput("2026-13")));

        Assert.Equal("period", Assert.Single(refused.Errors).Field);
        Assert.Equal(before, await probe.RowsAsync());
        Assert.Equal(0, before.Instances);
    }

    /// <summary>Two puskesmas, the month started; the first one's draft as prefilled.</summary>
    private async Task<(CycleDistrict District, LplpoRef Lplpo, LplpoView View)> DraftAsync()
    {
        var district = await CycleDistrict.CreateAsync(await database.FreshAsync(), puskesmas: 2);
        var month = await new CycleSteps(district).StartMonthAsync();
        var lplpo = month.Lplpos[0];
        return (district, lplpo, await district.Host.Queries.LplpoAsync(district.Pharmacist(0), lplpo.LplpoId));
    }

    public sealed class OnSqlite(SqliteTestDatabase database) : BadInputTests(database), IClassFixture<SqliteTestDatabase>;

    [Collection(PostgresCollection.Name)]
    public sealed class OnPostgres(PostgresServer server) : BadInputTests(server.DatabaseFor(typeof(OnPostgres)));
}
