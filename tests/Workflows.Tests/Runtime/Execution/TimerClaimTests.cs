using Requisition.Workflows.Runtime.Contracts;
using Requisition.Workflows.Runtime.Execution;
using Requisition.Workflows.Tests.Runtime.Support;

namespace Requisition.Workflows.Tests.Runtime.Execution;

/// <summary>Two host processes on one database, both running the timer loop.</summary>
public sealed class TimerClaimTests
{
    private readonly RuntimeHarness _district = new(TestDefinitions.Cooling);

    private async Task<Guid> StartAndReachDueTime()
    {
        var started = await _district.StartAsync("cooling", "c:1", Actors.Cibeber, Actors.CibeberPharmacist);
        _district.Clock.Now = RuntimeHarness.Start.AddDays(3);
        return started.Instance.Id;
    }

    [Fact]
    public async Task ClaimDueTimers_TwoHostsClaimTheSameTimer_OnlyTheFirstCommitWins()
    {
        await StartAndReachDueTime();
        var hostA = _district.Unit();
        var hostB = _district.Unit();
        var claimedByA = await hostA.Runner.ClaimDueTimersAsync(_district.Clock.Now, "host-a");
        var claimedByB = await hostB.Runner.ClaimDueTimersAsync(_district.Clock.Now, "host-b");

        hostA.Commit();

        Assert.Equal(claimedByA.Single().Id, claimedByB.Single().Id);
        Assert.Throws<WorkflowConflictException>(hostB.Commit);
        Assert.Equal("host-a", _district.Database.Bookmarks.Single().ClaimedBy);
    }

    [Fact]
    public async Task ClaimDueTimers_ATimerUnderAnotherHostsLiveClaim_IsNotOffered()
    {
        await StartAndReachDueTime();
        var hostA = _district.Unit();
        await hostA.Runner.ClaimDueTimersAsync(_district.Clock.Now, "host-a", lease: TimeSpan.FromMinutes(5));
        hostA.Commit();

        var hostB = _district.Unit();
        var offered = await hostB.Runner.ClaimDueTimersAsync(_district.Clock.Now.AddMinutes(1), "host-b");

        Assert.Empty(offered);
    }

    [Fact]
    public async Task ClaimDueTimers_AHostThatDiedHoldingAClaim_LosesItWhenTheLeaseRunsOut()
    {
        var id = await StartAndReachDueTime();
        var hostA = _district.Unit();
        await hostA.Runner.ClaimDueTimersAsync(_district.Clock.Now, "host-a", lease: TimeSpan.FromMinutes(5));
        hostA.Commit();
        _district.Clock.Advance(TimeSpan.FromMinutes(6));

        await _district.FireDueTimersAsync("host-b");

        Assert.Equal("confirm", _district.OpenTask(id).Name);
        Assert.Contains(_district.Database.JournalOf(id), e => e.Kind == "timer" && e.InputJson.Contains("host-b", StringComparison.Ordinal));
    }

    [Fact]
    public async Task FireTimer_ClaimedByAnotherHost_IsNotAllowed()
    {
        await StartAndReachDueTime();
        var hostA = _district.Unit();
        var timer = (await hostA.Runner.ClaimDueTimersAsync(_district.Clock.Now, "host-a")).Single();
        hostA.Commit();

        var hostB = _district.Unit();
        var error = await Assert.ThrowsAsync<ActionNotAllowedException>(() => hostB.Runner.FireTimerAsync(timer.Id, _district.Clock.Now, "host-b"));

        Assert.Equal("timer 'cooling-off' is claimed by host-a, not host-b", error.Message);
    }

    [Fact]
    public async Task FireTimer_AlreadyFired_IsNotFound()
    {
        await StartAndReachDueTime();
        var claim = _district.Unit();
        var timer = (await claim.Runner.ClaimDueTimersAsync(_district.Clock.Now, "host-a")).Single();
        claim.Commit();
        var first = _district.Unit();
        await first.Runner.FireTimerAsync(timer.Id, _district.Clock.Now, "host-a");
        first.Commit();

        var again = _district.Unit();
        await Assert.ThrowsAsync<TaskNotFoundException>(() => again.Runner.FireTimerAsync(timer.Id, _district.Clock.Now, "host-a"));
    }
}
