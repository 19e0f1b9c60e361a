using Requisition.Workflows.Runtime.Contracts;
using Requisition.Workflows.Runtime.Execution;
using Requisition.Workflows.Runtime.Instances;
using Requisition.Workflows.Tests.Integration.Support;
using Requisition.Workflows.Tests.Persistence;
using Requisition.Workflows.Tests.Persistence.Support;
using Requisition.Workflows.Tests.Runtime.Support;

namespace Requisition.Workflows.Tests.Integration;

/// <summary>
/// Two IFK officers act on the same review in two units of work at once: exactly one commit succeeds, the other fails
/// with <see cref="WorkflowConflictException"/>, and the database holds only the winner's journal lines.
/// </summary>
public abstract class ConcurrentResumeOnDatabaseTests(TestDatabase database)
{
    [Fact]
    public async Task Commit_TheSecondOfficerCommitsLast_ConflictsAndOnlyTheFirstOfficersActionIsSaved()
    {
        var host = HostProcess.Create(await database.MigratedAsync(), ExampleFiles.ApprovalV1);
        var (id, review) = await SubmittedAsync(host);
        var journalBefore = (await host.JournalAsync(id)).Count;
        await using var budi = host.Unit();
        await using var sari = host.Unit();
        await budi.Runner.ResumeAsync(review.Id, "approve", null, Actors.IfkOfficer);
        await sari.Runner.ResumeAsync(review.Id, "return", null, Actors.OtherIfkOfficer);

        await budi.CommitAsync();
        await Assert.ThrowsAsync<WorkflowConflictException>(() => sari.CommitAsync());

        var journal = await host.JournalAsync(id);
        Assert.Equal(WorkflowStatus.Completed, (await host.InstanceAsync(id)).Status);
        Assert.Equal(
            [("review", JournalKinds.HumanAction, "ifk.budi", "approve"), ("approved", JournalKinds.Activity, "ifk.budi", "end")],
            journal.Skip(journalBefore).Select(e => (e.ActivityId, e.Kind, e.UserId, e.Outcome)));
        Assert.Empty(await host.BookmarksAsync(id));
        Assert.False((await host.VariablesAsync(id)).ContainsKey("returns"));
    }

    [Fact]
    public async Task Commit_BothOfficersCommitAtTheSameMoment_ExactlyOneWinsAndTheDatabaseHoldsOnlyItsLines()
    {
        var host = HostProcess.Create(await database.MigratedAsync(), ExampleFiles.ApprovalV1);
        var (id, review) = await SubmittedAsync(host);
        var journalBefore = (await host.JournalAsync(id)).Count;
        var revisionBefore = (await host.InstanceAsync(id)).Revision;
        await using var budi = host.Unit();
        await using var sari = host.Unit();
        await budi.Runner.ResumeAsync(review.Id, "approve", null, Actors.IfkOfficer);
        await sari.Runner.ResumeAsync(review.Id, "return", null, Actors.OtherIfkOfficer);

        var failures = await RunnerUnit.CommitTogetherAsync(budi, sari);

        Assert.Single(failures, f => f is null);
        Assert.IsType<WorkflowConflictException>(Assert.Single(failures, f => f is not null));
        var (winner, loser) = failures[0] is null ? ("ifk.budi", "ifk.sari") : ("ifk.sari", "ifk.budi");
        var added = (await host.JournalAsync(id)).Skip(journalBefore).ToList();
        Assert.Equal(("review", winner), (added[0].ActivityId, added[0].UserId));
        Assert.All(added, e => Assert.Equal(winner, e.UserId));
        Assert.DoesNotContain(await host.JournalAsync(id), e => e.UserId == loser);
        Assert.Equal(revisionBefore + 1, (await host.InstanceAsync(id)).Revision);
        if (winner == "ifk.budi")
        {
            Assert.Equal(WorkflowStatus.Completed, (await host.InstanceAsync(id)).Status);
            Assert.Empty(await host.BookmarksAsync(id));
        }
        else
        {
            Assert.Equal(1, (await host.VariablesAsync(id))["returns"]!.GetValue<decimal>());
            Assert.Equal("submit-request", (await host.OpenTaskAsync(id)).Name);
        }
    }

    [Fact]
    public async Task Resume_AfterTheOtherOfficerCommitted_IsRefusedBeforeAnythingIsStaged()
    {
        var host = HostProcess.Create(await database.MigratedAsync(), ExampleFiles.ApprovalV1);
        var (id, review) = await SubmittedAsync(host);
        await host.ResumeAsync(review.Id, "approve", Actors.IfkOfficer);

        await Assert.ThrowsAsync<TaskNotFoundException>(() => host.ResumeAsync(review.Id, "return", Actors.OtherIfkOfficer));

        Assert.DoesNotContain(await host.JournalAsync(id), e => e.UserId == "ifk.sari");
    }

    /// <summary>Cibeber's request, submitted and waiting for the IFK's review.</summary>
    private static async Task<(Guid Id, Bookmark Review)> SubmittedAsync(HostProcess host)
    {
        var started = await host.StartAsync("approval", $"request:{Actors.Cibeber}:{Guid.NewGuid():N}", Actors.Cibeber,
            Actors.CibeberPharmacist, new() { ["ifk"] = Actors.Ifk });
        var id = started.Instance.Id;
        await host.ResumeAsync((await host.OpenTaskAsync(id)).Id, "submit", Actors.CibeberPharmacist);
        return (id, await host.OpenTaskAsync(id, "review-request"));
    }

    public sealed class OnSqlite(SqliteTestDatabase database) : ConcurrentResumeOnDatabaseTests(database), IClassFixture<SqliteTestDatabase>;

    [Collection(PostgresCollection.Name)]
    public sealed class OnPostgres(PostgresServer server) : ConcurrentResumeOnDatabaseTests(server.DatabaseFor(typeof(OnPostgres)));
}
