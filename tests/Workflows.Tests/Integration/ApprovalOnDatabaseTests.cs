using System.Text.Json.Nodes;
using Requisition.Workflows.Runtime.Instances;
using Requisition.Workflows.Tests.Integration.Support;
using Requisition.Workflows.Tests.Persistence;
using Requisition.Workflows.Tests.Persistence.Support;
using Requisition.Workflows.Tests.Runtime.Support;

namespace Requisition.Workflows.Tests.Integration;

/// <summary>
/// Cibeber's request through the committed approval example, one unit of work per action on a real database: the
/// IFK returns it once, approves the second submission, and the journal reads back in order.
/// </summary>
public abstract class ApprovalOnDatabaseTests(TestDatabase database)
{
    private static JsonObject Reviewer() => new() { ["ifk"] = Actors.Ifk };

    [Fact]
    public async Task Approval_ReturnedOnceThenApproved_CompletesWithEveryStepSaved()
    {
        var host = HostProcess.Create(await database.MigratedAsync(), ExampleFiles.ApprovalV1);
        var id = (await host.StartAsync("approval", Subject(), Actors.Cibeber, Actors.CibeberPharmacist, Reviewer())).Instance.Id;

        await host.ResumeAsync((await host.OpenTaskAsync(id)).Id, "submit", Actors.CibeberPharmacist, new JsonObject { ["lines"] = 12 });
        await host.ResumeAsync((await host.OpenTaskAsync(id, "review-request")).Id, "return", Actors.IfkOfficer, new JsonObject { ["reason"] = "stok optimum salah" });
        await host.ResumeAsync((await host.OpenTaskAsync(id, "submit-request")).Id, "submit", Actors.CibeberPharmacist, new JsonObject { ["lines"] = 11 });
        await host.ResumeAsync((await host.OpenTaskAsync(id, "review-request")).Id, "approve", Actors.IfkOfficer);

        var instance = await host.InstanceAsync(id);
        var variables = await host.VariablesAsync(id);
        Assert.Equal((WorkflowStatus.Completed, 1), (instance.Status, instance.DefinitionVersion));
        Assert.Empty(await host.BookmarksAsync(id));
        Assert.Equal(1, variables["returns"]!.GetValue<decimal>());
        Assert.Equal(11, variables["request"]!["lines"]!.GetValue<int>());
    }

    [Fact]
    public async Task Journal_ApprovalReturnedOnce_ReadsBackInOrderWithWhoRoleOutcomeAndTime()
    {
        var host = HostProcess.Create(await database.MigratedAsync(), ExampleFiles.ApprovalV1);
        var id = (await host.StartAsync("approval", Subject(), Actors.Cibeber, Actors.CibeberPharmacist, Reviewer())).Instance.Id;
        host.Clock.Advance(TimeSpan.FromHours(2));
        await host.ResumeAsync((await host.OpenTaskAsync(id)).Id, "submit", Actors.CibeberPharmacist, new JsonObject { ["lines"] = 12 });
        host.Clock.Advance(TimeSpan.FromDays(1));
        await host.ResumeAsync((await host.OpenTaskAsync(id)).Id, "return", Actors.IfkOfficer, new JsonObject { ["reason"] = "stok optimum salah" });
        host.Clock.Advance(TimeSpan.FromHours(3));
        await host.ResumeAsync((await host.OpenTaskAsync(id)).Id, "submit", Actors.CibeberPharmacist);
        host.Clock.Advance(TimeSpan.FromHours(1));
        await host.ResumeAsync((await host.OpenTaskAsync(id)).Id, "approve", Actors.OtherIfkOfficer);

        var journal = await host.JournalAsync(id);

        Assert.Equal(
        [
            ("submit", JournalKinds.Start, "apt.rina", "pharmacist", "started", TimeSpan.Zero),
            ("submit", JournalKinds.Activity, "apt.rina", "pharmacist", "waiting", TimeSpan.Zero),
            ("submit", JournalKinds.HumanAction, "apt.rina", "pharmacist", "submit", TimeSpan.FromHours(2)),
            ("review", JournalKinds.Activity, "apt.rina", "pharmacist", "waiting", TimeSpan.FromHours(2)),
            ("review", JournalKinds.HumanAction, "ifk.budi", "ifk-officer", "return", TimeSpan.FromHours(26)),
            ("count-return", JournalKinds.Activity, "ifk.budi", "ifk-officer", "done", TimeSpan.FromHours(26)),
            ("submit", JournalKinds.Activity, "ifk.budi", "ifk-officer", "waiting", TimeSpan.FromHours(26)),
            ("submit", JournalKinds.HumanAction, "apt.rina", "pharmacist", "submit", TimeSpan.FromHours(29)),
            ("review", JournalKinds.Activity, "apt.rina", "pharmacist", "waiting", TimeSpan.FromHours(29)),
            ("review", JournalKinds.HumanAction, "ifk.sari", "ifk-officer", "approve", TimeSpan.FromHours(30)),
            ("approved", JournalKinds.Activity, "ifk.sari", "ifk-officer", "end", TimeSpan.FromHours(30)),
        ], journal.Select(e => (e.ActivityId, e.Kind, e.UserId, e.Role, e.Outcome, e.At - HostProcess.Start)));
        Assert.Equal("""{"ifk":"IFK-CIANJUR"}""", journal[0].InputJson);
        Assert.Equal("""{"reason":"stok optimum salah"}""", journal[4].InputJson);
        Assert.True(journal.Zip(journal.Skip(1)).All(p => p.First.Id < p.Second.Id));
    }

    private static string Subject() => $"request:{Actors.Cibeber}:{Guid.NewGuid():N}";

    public sealed class OnSqlite(SqliteTestDatabase database) : ApprovalOnDatabaseTests(database), IClassFixture<SqliteTestDatabase>;

    [Collection(PostgresCollection.Name)]
    public sealed class OnPostgres(PostgresServer server) : ApprovalOnDatabaseTests(server.DatabaseFor(typeof(OnPostgres)));
}
