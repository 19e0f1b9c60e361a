using Requisition.Rules.RuleSets;
using Requisition.Workflows.Cycle;
using Requisition.Workflows.Runtime.Contracts;
using Requisition.Workflows.Runtime.Execution;
using Requisition.Workflows.Runtime.Instances;
using Requisition.Workflows.Tests.Cycle.Support;
using Requisition.Workflows.Tests.Persistence;
using Requisition.Workflows.Tests.Persistence.Support;

namespace Requisition.Workflows.Tests.Cycle;

/// <summary>
/// Two IFK officers' hosts approve the same LPLPO at the same moment: exactly one approval is written. The other is
/// refused, depending on how far it got when the first committed: as a conflict at commit (both had read the open
/// review), as a task already gone when its runner resumed it, or as an LPLPO no longer waiting for review. Nothing of
/// it reaches the database.
/// </summary>
public abstract class ConcurrentReviewTests(TestDatabase database)
{
    [Fact]
    public async Task Approve_TwoHostsAtOnce_ExactlyOneWinsAndOnlyItsApprovalIsWritten()
    {
        var (district, steps, lplpo) = await SubmittedAsync();
        var acknowledgements = await steps.AcknowledgementsAsync(district.Ifk, lplpo.LplpoId);
        var hosts = new[] { district.Host, district.NewHost() };
        district.SetDay(6);
        var go = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var attempts = hosts.Select(host => Task.Run(async () =>
        {
            await go.Task;
            try
            {
                await host.Lplpo.ReviewAsync(district.Ifk, lplpo.LplpoId, new ReviewInput(ReviewInput.Approve, Acknowledgements: acknowledgements));
                return null;
            }
            catch (Exception failure)
            {
                return failure;
            }
        })).ToList();

        go.SetResult();
        var failures = await Task.WhenAll(attempts);

        Assert.Single(failures, f => f is null);
        var loser = Assert.Single(failures, f => f is not null)!;
        await AssertApprovedOnceAsync(district, lplpo);
        Assert.True(loser is WorkflowConflictException or TaskNotFoundException || IsNotWaitingForReview(loser), $"the second approval failed with {loser}");
    }

    [Fact]
    public async Task Approve_AfterTheOtherHostApproved_IsRefusedAsNoLongerWaitingForReview()
    {
        var (district, steps, lplpo) = await SubmittedAsync();
        district.SetDay(6);
        await steps.ApproveAsync(lplpo.LplpoId);
        var probe = new LedgerProbe(district.Database);
        var before = await probe.RowsAsync();

        var refused = await Assert.ThrowsAsync<CommandRejectedException>(() => steps.ApproveAsync(lplpo.LplpoId, district.NewHost()));

        Assert.True(IsNotWaitingForReview(refused), refused.Message);
        Assert.EndsWith($"it waits for {LplpoCommands.ShipTask}", refused.Message, StringComparison.Ordinal);
        Assert.Equal(before, await probe.RowsAsync());
        await AssertApprovedOnceAsync(district, lplpo);
    }

    private static bool IsNotWaitingForReview(Exception failure) =>
        failure is CommandRejectedException refused && refused.Errors.Count == 1
        && refused.Errors[0].Message.Contains($"is not waiting for {LplpoCommands.ReviewTask}", StringComparison.Ordinal);

    /// <summary>One approval in the journal, one set of given rows and review flags, waiting to ship.</summary>
    private static async Task AssertApprovedOnceAsync(CycleDistrict district, LplpoRef lplpo)
    {
        var probe = new LedgerProbe(district.Database);
        var journal = await probe.JournalAsync(lplpo.InstanceId);
        Assert.Single(journal, e => e.Kind == JournalKinds.HumanAction && e.ActivityId == "review");
        Assert.Single(journal, e => e.ActivityId == "approved");
        var given = await probe.GivenAsync(lplpo.LplpoId);
        Assert.NotEmpty(given);
        Assert.Equal(given.Count, given.Select(g => (g.DrugCode, g.FundSource)).Distinct().Count());
        var reviewFlags = (await probe.FlagsAsync(lplpo.InstanceId)).Where(f => f.Step == Steps.IfkReview).ToList();
        Assert.Equal(reviewFlags.Count, reviewFlags.Select(f => (f.Rule, f.DrugCode, f.Subject)).Distinct().Count());
        var ship = Assert.Single(await probe.BookmarksAsync(lplpo.InstanceId), b => b.Kind == BookmarkKind.HumanTask);
        Assert.Equal(LplpoCommands.ShipTask, ship.Name);
        Assert.Equal(1, (await probe.RowsAsync()).LplpoStates.Split(',').Count(s => s == $"{lplpo.LplpoId}:Approved"));
    }

    private async Task<(CycleDistrict District, CycleSteps Steps, LplpoRef Lplpo)> SubmittedAsync()
    {
        var district = await CycleDistrict.CreateAsync(await database.FreshAsync(), puskesmas: 2);
        var steps = new CycleSteps(district);
        var month = await steps.StartMonthAsync();
        district.SetDay(4);
        await steps.FillAndSubmitAsync(month.Lplpos[0]);
        return (district, steps, month.Lplpos[0]);
    }

    public sealed class OnSqlite(SqliteTestDatabase database) : ConcurrentReviewTests(database), IClassFixture<SqliteTestDatabase>;

    [Collection(PostgresCollection.Name)]
    public sealed class OnPostgres(PostgresServer server) : ConcurrentReviewTests(server.DatabaseFor(typeof(OnPostgres)));
}
