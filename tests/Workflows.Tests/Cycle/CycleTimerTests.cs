using System.Text.Json.Nodes;
using Requisition.Workflows.Cycle;
using Requisition.Workflows.Runtime.Instances;
using Requisition.Workflows.Tests.Cycle.Support;
using Requisition.Workflows.Tests.Persistence;
using Requisition.Workflows.Tests.Persistence.Support;

namespace Requisition.Workflows.Tests.Cycle;

/// <summary>The LPLPO's reminder and lateness timers fire from the database, on whichever host ticks first.</summary>
public abstract class CycleTimerTests(TestDatabase database)
{
    [Fact]
    public async Task Tick_TwoHostsPastTheDueDay_FireTheReminderAndTheLatenessOnceAndTheTaskStaysOpen()
    {
        var district = await CycleDistrict.CreateAsync(await database.FreshAsync(), puskesmas: 1);
        var month = await district.Host.Lplpo.StartMonthAsync(district.Ifk, new StartMonthInput(CycleDistrict.Month.ToString()));
        var other = district.NewHost();

        district.SetDay(8, 10);
        var early = await district.Host.Timers.TickAsync("host-a");
        district.SetDay(9, 10);
        var reminded = await district.Host.Timers.TickAsync("host-a") + await other.Timers.TickAsync("host-b");
        district.SetDay(11, 10);
        var late = await Task.WhenAll(district.Host.Timers.TickAsync("host-a"), other.Timers.TickAsync("host-b"));

        Assert.Equal(0, early);
        Assert.Equal(1, reminded);
        Assert.Equal(1, late.Sum());
        var instance = month.Lplpos[0].InstanceId;
        var journal = await district.Host.Queries.JournalAsync(district.Ifk, instance);
        Assert.Equal(["reminder", "late"], journal.Where(j => j.Kind == JournalKinds.Timer).Select(j => JsonNode.Parse(j.InputJson)!["timer"]!.GetValue<string>()));
        var task = Assert.Single(await district.Host.Queries.TasksAsync(district.Pharmacist(0)));
        Assert.Equal(LplpoCommands.SubmitTask, task.Name);
    }

    [Fact]
    public async Task Submit_AfterTheDueDay_RaisesLateLplpoAsAWarningToAcknowledge()
    {
        var district = await CycleDistrict.CreateAsync(await database.FreshAsync(), puskesmas: 1);
        var month = await district.Host.Lplpo.StartMonthAsync(district.Ifk, new StartMonthInput(CycleDistrict.Month.ToString()));
        var pharmacist = district.Pharmacist(0);
        var lplpo = month.Lplpos[0].LplpoId;
        district.SetDay(12);

        var preview = await district.Host.Lplpo.CheckAsync(pharmacist, lplpo);

        var late = Assert.Single(preview, f => f.Rule == "LATE_LPLPO");
        Assert.Equal(Rules.Engine.Model.Severity.Warning, late.Severity);
        var refused = await Assert.ThrowsAsync<CommandRejectedException>(() =>
            district.Host.Lplpo.SubmitAsync(pharmacist, lplpo, new SubmitInput(preview.Where(f => f.Rule != "LATE_LPLPO").Select(f => f.Rule).Distinct()
                .Select(r => new Acknowledgement(r, null, null, "checked")).ToList())));
        Assert.Contains(refused.Flags, f => f.Rule == "LATE_LPLPO" && f.Blocks);
    }

    public sealed class OnSqlite(SqliteTestDatabase database) : CycleTimerTests(database), IClassFixture<SqliteTestDatabase>;

    [Collection(PostgresCollection.Name)]
    public sealed class OnPostgres(PostgresServer server) : CycleTimerTests(server.DatabaseFor(typeof(OnPostgres)));
}
