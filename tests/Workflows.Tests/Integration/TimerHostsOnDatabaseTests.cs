using System.Text.Json.Nodes;
using Requisition.Workflows.Runtime.Contracts;
using Requisition.Workflows.Runtime.Execution;
using Requisition.Workflows.Runtime.Instances;
using Requisition.Workflows.Tests.Integration.Support;
using Requisition.Workflows.Tests.Persistence;
using Requisition.Workflows.Tests.Persistence.Support;
using Requisition.Workflows.Tests.Runtime.Support;

namespace Requisition.Workflows.Tests.Integration;

/// <summary>
/// Two host processes run the timer loop on one database: they claim due timers in parallel units, one claim wins,
/// and every timer fires exactly once. Each test has a database of its own, because due timers are read across all
/// instances.
/// </summary>
public abstract class TimerHostsOnDatabaseTests(TestDatabase database)
{
    /// <summary>The cooling-off timer (P3D) of instances started at <see cref="HostProcess.Start"/> is due now.</summary>
    private static readonly DateTimeOffset Due = HostProcess.Start.AddDays(3);

    [Fact]
    public async Task ClaimDueTimers_TwoHostsCommitTheirClaimsAtOnce_OneWinsAndFiresEachTimerOnce()
    {
        var (hostA, hostB) = await TwoHostsAsync();
        var ids = await StartCoolingAsync(hostA, 4);
        await using var claimA = hostA.Unit();
        await using var claimB = hostB.Unit();
        var claimedByA = await claimA.Runner.ClaimDueTimersAsync(Due, "host-a");
        var claimedByB = await claimB.Runner.ClaimDueTimersAsync(Due, "host-b");

        var failures = await RunnerUnit.CommitTogetherAsync(claimA, claimB);

        Assert.Equal(claimedByA.Select(t => t.Id).Order(), claimedByB.Select(t => t.Id).Order());
        Assert.Equal(4, claimedByA.Count);
        Assert.IsType<WorkflowConflictException>(Assert.Single(failures, f => f is not null));
        var aWon = failures[0] is null;
        var (winner, winnerHost, claimed) = aWon ? ("host-a", hostA, claimedByA) : ("host-b", hostB, claimedByB);
        var (loser, loserHost) = aWon ? ("host-b", hostB) : ("host-a", hostA);
        Assert.Empty(await loserHost.TimerTickAsync(loser));
        foreach (var timer in claimed)
        {
            await using var fire = winnerHost.Unit();
            await fire.Runner.FireTimerAsync(timer.Id, Due, winner);
            await fire.CommitAsync();
        }
        foreach (var id in ids) await AssertFiredOnceAsync(hostA, id, winner);
    }

    [Fact]
    public async Task TimerLoop_TwoHostsTickingTogether_FireEveryTimerExactlyOnce()
    {
        var (hostA, hostB) = await TwoHostsAsync();
        var ids = await StartCoolingAsync(hostA, 6);
        var fired = new List<WorkflowRunResult>();

        for (var tick = 0; tick < 10 && fired.Count < ids.Count; tick++)
        {
            var results = await Task.WhenAll(
                Task.Run(() => hostA.TimerTickAsync("host-a", max: 2)),
                Task.Run(() => hostB.TimerTickAsync("host-b", max: 2)));
            fired.AddRange(results.SelectMany(r => r));
        }

        Assert.Equal(ids.Order(), fired.Select(r => r.Instance.Id).Order());
        foreach (var id in ids) await AssertFiredOnceAsync(hostA, id, host: null);
        Assert.Empty(await hostB.TimerTickAsync("host-b"));
    }

    [Fact]
    public async Task TimerLoop_AHostDiesHoldingClaims_TheOtherFiresThemOnceTheLeaseRunsOut()
    {
        var (hostA, hostB) = await TwoHostsAsync();
        var ids = await StartCoolingAsync(hostA, 2);
        IReadOnlyList<Bookmark> abandoned;
        await using (var claim = hostA.Unit())
        {
            abandoned = await claim.Runner.ClaimDueTimersAsync(Due, "host-a", lease: TimeSpan.FromMinutes(5));
            await claim.CommitAsync();
        }

        hostB.Clock.Now = Due.AddMinutes(4);
        var whileClaimed = await hostB.TimerTickAsync("host-b");
        hostB.Clock.Now = Due.AddMinutes(5);
        var afterLease = await hostB.TimerTickAsync("host-b");

        Assert.Empty(whileClaimed);
        Assert.Equal(ids.Order(), afterLease.Select(r => r.Instance.Id).Order());
        foreach (var id in ids) await AssertFiredOnceAsync(hostA, id, "host-b");
        await using var late = hostA.Unit();
        await Assert.ThrowsAsync<TaskNotFoundException>(() => late.Runner.FireTimerAsync(abandoned[0].Id, Due, "host-a"));
    }

    [Fact]
    public async Task FireTimer_BeforeItsHostCommittedTheClaim_IsNotAllowed()
    {
        var (hostA, _) = await TwoHostsAsync();
        await StartCoolingAsync(hostA, 1);
        await using var claim = hostA.Unit();
        var timer = Assert.Single(await claim.Runner.ClaimDueTimersAsync(Due, "host-a"));

        await using var fire = hostA.Unit();
        var refusal = await Assert.ThrowsAsync<ActionNotAllowedException>(() => fire.Runner.FireTimerAsync(timer.Id, Due, "host-a"));

        Assert.Equal("timer 'cooling-off' is claimed by nobody, not host-a", refusal.Message);
    }

    [Fact]
    public async Task ClaimDueTimers_CommittedAfterAnotherHostFiredTheTimer_Conflicts()
    {
        var (hostA, hostB) = await TwoHostsAsync();
        var id = Assert.Single(await StartCoolingAsync(hostA, 1));
        await using var slowClaim = hostA.Unit();
        Assert.Single(await slowClaim.Runner.ClaimDueTimersAsync(Due, "host-a"));

        Assert.Single(await hostB.TimerTickAsync("host-b"));

        await Assert.ThrowsAsync<WorkflowConflictException>(() => slowClaim.CommitAsync());
        await AssertFiredOnceAsync(hostA, id, "host-b");
    }

    private async Task<(HostProcess A, HostProcess B)> TwoHostsAsync()
    {
        var fresh = await database.FreshAsync();
        var hostA = HostProcess.Create(fresh, TestDefinitions.Cooling);
        var hostB = HostProcess.Create(fresh, TestDefinitions.Cooling);
        hostB.Clock.Now = Due;
        return (hostA, hostB);
    }

    /// <summary>Starts <paramref name="count"/> cooling-off instances on host A at the start time, then moves its clock to the due time.</summary>
    private static async Task<IReadOnlyList<Guid>> StartCoolingAsync(HostProcess host, int count)
    {
        var ids = new List<Guid>();
        for (var i = 0; i < count; i++)
        {
            var started = await host.StartAsync("cooling", $"cooling:{i}", Actors.Cibeber, Actors.CibeberPharmacist);
            ids.Add(started.Instance.Id);
        }
        host.Clock.Now = Due;
        return ids;
    }

    /// <summary>One timer line (by <paramref name="host"/>, when given), no timer left, and the confirmation task open.</summary>
    private static async Task AssertFiredOnceAsync(HostProcess reader, Guid id, string? host)
    {
        var timerLines = (await reader.JournalAsync(id)).Where(e => e.Kind == JournalKinds.Timer).ToList();
        var line = Assert.Single(timerLines);
        Assert.Equal(("system", "done"), (line.UserId, line.Outcome));
        if (host is not null) Assert.Equal(host, JsonNode.Parse(line.InputJson)!["host"]!.GetValue<string>());
        Assert.Empty(await reader.TimersAsync(id));
        Assert.Equal("confirm", (await reader.OpenTaskAsync(id)).Name);
    }

    public sealed class OnSqlite(SqliteTestDatabase database) : TimerHostsOnDatabaseTests(database), IClassFixture<SqliteTestDatabase>;

    [Collection(PostgresCollection.Name)]
    public sealed class OnPostgres(PostgresServer server) : TimerHostsOnDatabaseTests(server.DatabaseFor(typeof(OnPostgres)));
}
