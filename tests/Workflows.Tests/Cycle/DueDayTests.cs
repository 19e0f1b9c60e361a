using Requisition.Rules.Engine.Model;
using Requisition.Rules.Thresholds;
using Requisition.Workflows.Cycle;
using Requisition.Workflows.Persistence.Entities;
using Requisition.Workflows.Runtime.Contracts;
using Requisition.Workflows.Runtime.Instances;
using Requisition.Workflows.Tests.Cycle.Support;
using Requisition.Workflows.Tests.Persistence;
using Requisition.Workflows.Tests.Persistence.Support;

namespace Requisition.Workflows.Tests.Cycle;

/// <summary>
/// The LPLPO is due from the pharmacist by the due day of the month after its period (day 10 unless an administrator's
/// threshold revision moves it), counted in WIB. A reminder fires two days before, and the late timer when the due day
/// is over; both fire through a host's timer tick. A submission after the due day raises LATE_LPLPO, a warning.
/// </summary>
public abstract class DueDayTests(TestDatabase database)
{
    private static readonly TimeSpan Wib = TimeSpan.FromHours(7);

    [Fact]
    public async Task DraftTask_WithTheDefaultThresholds_IsDueWhenDayTenOfTheNextMonthEndsInWib()
    {
        var (district, month) = await StartedAsync(dueDay: null);

        var task = Assert.Single(await district.Host.Queries.TasksAsync(district.Pharmacist(0)));

        Assert.Equal(LplpoCommands.SubmitTask, task.Name);
        Assert.Equal(new DateTimeOffset(2026, 11, 11, 0, 0, 0, Wib), task.DueAt);
        var timers = await TimersAsync(district, month.Lplpos[0]);
        Assert.Equal(
            [("reminder", new DateTimeOffset(2026, 11, 9, 0, 0, 0, Wib)), ("late", new DateTimeOffset(2026, 11, 11, 0, 0, 0, Wib))],
            timers.Select(t => (t.Name, t.DueAt!.Value)));
    }

    [Fact]
    public async Task DraftTask_AfterARevisionMovesTheDueDayToTheFifth_IsDueWhenDayFiveEnds()
    {
        var (district, month) = await StartedAsync(dueDay: 5);

        var task = Assert.Single(await district.Host.Queries.TasksAsync(district.Pharmacist(0)));

        Assert.Equal(new DateTimeOffset(2026, 11, 6, 0, 0, 0, Wib), task.DueAt);
        Assert.Equal(new DateTimeOffset(2026, 11, 6, 0, 0, 0, Wib), (await TimersAsync(district, month.Lplpos[0])).Single(t => t.Name == "late").DueAt);
    }

    [Fact]
    public async Task Timers_TheReminderThenTheLateTimer_FireOnceEachAtTheirTimeAndMarkTheLplpoLate()
    {
        var (district, month) = await StartedAsync(dueDay: null);
        var probe = new LedgerProbe(district.Database);
        var lplpo = month.Lplpos[0];

        district.SetDay(8, 23);
        Assert.Equal(0, await district.Host.Timers.TickAsync("host-a"));
        district.SetDay(9, 1);
        Assert.Equal(2, await district.Host.Timers.TickAsync("host-a"));
        var reminded = await probe.VariablesAsync(lplpo.InstanceId);
        Assert.Equal(1, reminded["reminders"]!.GetValue<int>());
        Assert.False(reminded.ContainsKey("late"));
        district.SetDay(10, 23);
        Assert.Equal(0, await district.Host.Timers.TickAsync("host-a"));
        district.SetDay(11, 0);
        Assert.Equal(2, await district.NewHost().Timers.TickAsync("host-b"));
        Assert.Equal(0, await district.Host.Timers.TickAsync("host-a"));

        Assert.True((await probe.VariablesAsync(lplpo.InstanceId))["late"]!.GetValue<bool>());
        Assert.Equal(LplpoCommands.SubmitTask, Assert.Single(await district.Host.Queries.TasksAsync(district.Pharmacist(0))).Name);
        Assert.Equal(["reminder", "late"], (await probe.JournalAsync(lplpo.InstanceId)).Where(e => e.Kind == JournalKinds.Timer)
            .Select(e => (string)System.Text.Json.Nodes.JsonNode.Parse(e.InputJson)!["timer"]!));
    }

    [Fact]
    public async Task Submit_AfterTheDueDay_IsHeldByALateLplpoWarningUntilAcknowledged()
    {
        var (district, month) = await StartedAsync(dueDay: null);
        var steps = new CycleSteps(district);
        var lplpo = month.Lplpos[0];
        var pharmacist = district.Pharmacist(0);
        district.SetDay(11, 8);
        await steps.FillAsync(lplpo);
        var others = (await steps.AcknowledgementsAsync(pharmacist, lplpo.LplpoId)).Where(a => a.Rule != "LATE_LPLPO").ToList();

        var refused = await Assert.ThrowsAsync<CommandRejectedException>(() =>
            district.Host.Lplpo.SubmitAsync(pharmacist, lplpo.LplpoId, new SubmitInput(others)));

        var late = Assert.Single(refused.Flags, f => f.Blocks);
        Assert.Equal(("LATE_LPLPO", Severity.Warning, (string?)null), (late.Rule, late.Severity, late.DrugCode));
        Assert.Contains("due date 2026-11-10", late.Message, StringComparison.Ordinal);
        Assert.Equal("flags.LATE_LPLPO", Assert.Single(refused.Errors).Field);

        var submitted = await district.Host.Lplpo.SubmitAsync(pharmacist, lplpo.LplpoId,
            new SubmitInput([.. others, new Acknowledgement("LATE_LPLPO", null, null, "Apoteker cuti; diserahkan sehari terlambat.")]));

        Assert.Equal("submitted", submitted.Status);
        var stored = Assert.Single(await new LedgerProbe(district.Database).FlagsAsync(lplpo.InstanceId), f => f.Rule == "LATE_LPLPO");
        Assert.Equal((FlagStatus.Acknowledged, pharmacist.UserId), (stored.Status, stored.AcknowledgedBy));
    }

    [Fact]
    public async Task Submit_LateOnTheDueDayItself_RaisesNoLateLplpo()
    {
        var (district, month) = await StartedAsync(dueDay: null);
        var steps = new CycleSteps(district);
        var lplpo = month.Lplpos[0];
        district.SetDay(10, 23);

        await steps.FillAndSubmitAsync(lplpo);

        Assert.DoesNotContain(await new LedgerProbe(district.Database).FlagsAsync(lplpo.InstanceId), f => f.Rule == "LATE_LPLPO");
    }

    [Fact]
    public async Task Submit_AfterADueDayMovedToTheFifth_RaisesLateLplpoOnTheSixth()
    {
        var (district, month) = await StartedAsync(dueDay: 5);
        var steps = new CycleSteps(district);
        district.SetDay(6, 9);
        await steps.FillAsync(month.Lplpos[0]);

        var check = await district.Host.Lplpo.CheckAsync(district.Pharmacist(0), month.Lplpos[0].LplpoId);

        Assert.Contains("due date 2026-11-05", Assert.Single(check, f => f.Rule == "LATE_LPLPO").Message, StringComparison.Ordinal);
    }

    /// <summary>Two puskesmas, the month started on 1 November; with <paramref name="dueDay"/>, after an administrator revised lplpo_due_day.</summary>
    private async Task<(CycleDistrict District, StartMonthResult Month)> StartedAsync(int? dueDay)
    {
        var district = await CycleDistrict.CreateAsync(await database.FreshAsync(), puskesmas: 2);
        if (dueDay is { } day)
        {
            var administrator = new Actor(district.Seeded.Administrator, CycleRoles.Administrator, null);
            await district.Host.Thresholds.ReviseAsync(administrator, new ReviseThresholdsInput(
                new Dictionary<string, decimal> { [ThresholdNames.LplpoDueDay] = day }, "Rapat koordinasi: LPLPO paling lambat tanggal 5."));
        }
        return (district, await new CycleSteps(district).StartMonthAsync());
    }

    private static async Task<IReadOnlyList<Bookmark>> TimersAsync(CycleDistrict district, LplpoRef lplpo) =>
        (await new LedgerProbe(district.Database).BookmarksAsync(lplpo.InstanceId)).Where(b => b.Kind == BookmarkKind.Timer).OrderBy(b => b.DueAt).ToList();

    public sealed class OnSqlite(SqliteTestDatabase database) : DueDayTests(database), IClassFixture<SqliteTestDatabase>;

    [Collection(PostgresCollection.Name)]
    public sealed class OnPostgres(PostgresServer server) : DueDayTests(server.DatabaseFor(typeof(OnPostgres)));
}
