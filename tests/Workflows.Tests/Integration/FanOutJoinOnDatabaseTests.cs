using System.Text.Json.Nodes;
using Requisition.Workflows.Runtime.Contracts;
using Requisition.Workflows.Runtime.Instances;
using Requisition.Workflows.Tests.Integration.Support;
using Requisition.Workflows.Tests.Persistence;
using Requisition.Workflows.Tests.Persistence.Support;
using Requisition.Workflows.Tests.Runtime.Support;

namespace Requisition.Workflows.Tests.Integration;

/// <summary>
/// The IFK ships a distribution to three puskesmas (one delivery child each) on a real database; the join resumes the
/// distribution once, when the last delivery is confirmed, also when the last two are confirmed in parallel units.
/// </summary>
public abstract class FanOutJoinOnDatabaseTests(TestDatabase database)
{
    private static readonly string[] Puskesmas = [Actors.Cibeber, Actors.Cikalong, "PKM-SUKANAGARA"];

    /// <summary>A delivery recorded as received without anyone confirming it: the child completes in the fan-out's own call.</summary>
    private const string AutomaticDelivery = """
        {
          "id": "delivery", "version": 1, "start": "record",
          "activities": [
            { "id": "record", "type": "SetVariable", "properties": { "variable": "received", "value": true }, "next": "end" },
            { "id": "end", "type": "End" }
          ]
        }
        """;

    [Fact]
    public async Task FanOut_ThreePuskesmas_SavesOneWaitingDeliveryEachAndAJoinOnTheDistribution()
    {
        var host = await HostAsync();

        var (id, subject) = await ShipAsync(host);

        var children = await DeliveriesAsync(host, id);
        Assert.Equal(Puskesmas.Order().Select(p => $"{subject}/{p}"), children.Select(c => c.CorrelationId));
        Assert.All(children, c => Assert.Equal((WorkflowStatus.Suspended, id), (c.Status, c.ParentId)));
        foreach (var child in children) Assert.Equal("confirm-receipt", (await host.OpenTaskAsync(child.Id)).Name);
        Assert.Equal("2026-11", (await host.VariablesAsync(children[0].Id))["period"]!.GetValue<string>());
        Assert.Equal(BookmarkKind.Join, Assert.Single(await host.BookmarksAsync(id)).Kind);
    }

    [Fact]
    public async Task Join_DeliveriesConfirmedOneByOne_ResumesTheDistributionOnlyAfterTheLast()
    {
        var host = await HostAsync();
        var (id, _) = await ShipAsync(host);
        var children = await DeliveriesAsync(host, id);

        await ConfirmAsync(host, children[0]);
        await ConfirmAsync(host, children[1]);
        var waiting = await host.InstanceAsync(id);
        await ConfirmAsync(host, children[2]);

        Assert.Equal(WorkflowStatus.Suspended, waiting.Status);
        Assert.Equal(WorkflowStatus.Completed, (await host.InstanceAsync(id)).Status);
        Assert.True((await host.VariablesAsync(id))["closed"]!.GetValue<bool>());
        Assert.Empty(await host.BookmarksAsync(id));
        Assert.Equal(
        [
            ("ship-all", JournalKinds.Start, "ifk.budi", "started"),
            ("ship-all", JournalKinds.FanOut, "ifk.budi", "waiting"),
            ("ship-all", JournalKinds.Join, "system", "done"),
            ("close", JournalKinds.Activity, "system", "done"),
            ("end", JournalKinds.Activity, "system", "end"),
        ], (await host.JournalAsync(id)).Select(e => (e.ActivityId, e.Kind, e.UserId, e.Outcome)));
    }

    [Fact]
    public async Task Join_TheLastTwoDeliveriesConfirmedInParallelUnits_OneConflictsAndItsRetryClosesTheDistribution()
    {
        var host = await HostAsync();
        var (id, _) = await ShipAsync(host);
        var children = await DeliveriesAsync(host, id);
        await ConfirmAsync(host, children[0]);
        var revisionBefore = (await host.InstanceAsync(id)).Revision;
        await using var second = host.Unit();
        await using var third = host.Unit();
        await second.Runner.ResumeAsync((await host.OpenTaskAsync(children[1].Id)).Id, "confirm", null, PharmacistOf(children[1]));
        await third.Runner.ResumeAsync((await host.OpenTaskAsync(children[2].Id)).Id, "confirm", null, PharmacistOf(children[2]));

        var failures = await RunnerUnit.CommitTogetherAsync(second, third);

        Assert.Single(failures, f => f is null);
        Assert.IsType<WorkflowConflictException>(Assert.Single(failures, f => f is not null));
        var loser = failures[0] is null ? children[2] : children[1];
        Assert.Equal((WorkflowStatus.Suspended, revisionBefore + 1), await StatusAsync(host, id));
        Assert.Equal(WorkflowStatus.Suspended, (await host.InstanceAsync(loser.Id)).Status);
        Assert.Equal(["start", "activity"], (await host.JournalAsync(loser.Id)).Select(e => e.Kind));

        await ConfirmAsync(host, loser);

        Assert.Equal(WorkflowStatus.Completed, (await host.InstanceAsync(id)).Status);
        Assert.All(await DeliveriesAsync(host, id), c => Assert.Equal(WorkflowStatus.Completed, c.Status));
        var join = Assert.Single(await host.JournalAsync(id), e => e.Kind == JournalKinds.Join);
        Assert.Equal(3, JsonNode.Parse(join.InputJson)!["completed"]!.GetValue<int>());
    }

    [Fact]
    public async Task Join_ADeliveryCommittedFromAStaleReadOfTheDistribution_Conflicts()
    {
        var host = await HostAsync();
        var (id, _) = await ShipAsync(host);
        var children = await DeliveriesAsync(host, id);
        await using var late = host.Unit();
        await late.Runner.ResumeAsync((await host.OpenTaskAsync(children[1].Id)).Id, "confirm", null, PharmacistOf(children[1]));

        await ConfirmAsync(host, children[0]);

        await Assert.ThrowsAsync<WorkflowConflictException>(() => late.CommitAsync());
        Assert.Equal(WorkflowStatus.Suspended, (await host.InstanceAsync(children[1].Id)).Status);
    }

    [Fact]
    public async Task FanOut_DeliveriesThatWaitForNoOne_AreSavedCompletedWithTheDistributionInOneCommit()
    {
        var host = HostProcess.Create(await database.MigratedAsync(), TestDefinitions.Distribution, AutomaticDelivery);

        var (id, _) = await ShipAsync(host);

        Assert.Equal(WorkflowStatus.Completed, (await host.InstanceAsync(id)).Status);
        var children = await DeliveriesAsync(host, id);
        Assert.Equal(3, children.Count);
        Assert.All(children, c => Assert.Equal((WorkflowStatus.Completed, id), (c.Status, c.ParentId)));
        Assert.DoesNotContain(await host.JournalAsync(id), e => e.Kind == JournalKinds.Join);
        Assert.Empty(await host.BookmarksAsync(id));
    }

    private async Task<HostProcess> HostAsync() =>
        HostProcess.Create(await database.MigratedAsync(), TestDefinitions.Distribution, TestDefinitions.Delivery);

    private static async Task<(Guid Id, string Subject)> ShipAsync(HostProcess host)
    {
        var subject = $"distribution:{Guid.NewGuid():N}";
        var variables = new JsonObject { ["facilities"] = new JsonArray([.. Puskesmas.Select(p => (JsonNode)p)]), ["period"] = "2026-11" };
        var started = await host.StartAsync("distribution", subject, Actors.Ifk, Actors.IfkOfficer, variables);
        return (started.Instance.Id, subject);
    }

    private static async Task<IReadOnlyList<WorkflowInstance>> DeliveriesAsync(HostProcess host, Guid id) =>
        (await host.ChildrenAsync(id)).OrderBy(c => c.CorrelationId, StringComparer.Ordinal).ToList();

    private static Actor PharmacistOf(WorkflowInstance delivery) => new($"apt.{delivery.FacilityId}", "pharmacist", delivery.FacilityId);

    private static async Task ConfirmAsync(HostProcess host, WorkflowInstance delivery) =>
        await host.ResumeAsync((await host.OpenTaskAsync(delivery.Id)).Id, "confirm", PharmacistOf(delivery));

    private static async Task<(WorkflowStatus, long)> StatusAsync(HostProcess host, Guid id)
    {
        var instance = await host.InstanceAsync(id);
        return (instance.Status, instance.Revision);
    }

    public sealed class OnSqlite(SqliteTestDatabase database) : FanOutJoinOnDatabaseTests(database), IClassFixture<SqliteTestDatabase>;

    [Collection(PostgresCollection.Name)]
    public sealed class OnPostgres(PostgresServer server) : FanOutJoinOnDatabaseTests(server.DatabaseFor(typeof(OnPostgres)));
}
