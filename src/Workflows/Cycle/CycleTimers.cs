using Requisition.Workflows.Runtime.Contracts;
using Requisition.Workflows.Runtime.Execution;
using Requisition.Workflows.Runtime.Instances;

namespace Requisition.Workflows.Cycle;

/// <summary>
/// Fires the cycle's due timers (LPLPO reminders, lateness) from any number of host processes: each tick claims due
/// timers in one transaction (of two hosts claiming the same timer only one commits), then fires each claimed timer
/// in a unit of its own, so one instance's failure or a person acting at the same moment leaves the others alone.
/// A web host calls <see cref="TickAsync"/> every minute or so; nothing about timers lives in a host's memory.
/// </summary>
public sealed class CycleTimers
{
    private readonly CycleHost _host;

    internal CycleTimers(CycleHost host) => _host = host;

    /// <summary>Claims and fires the timers due now; returns how many fired.</summary>
    public async Task<int> TickAsync(string hostId, int max = 100, CancellationToken cancellationToken = default)
    {
        IReadOnlyList<Bookmark> claimed;
        await using (var unit = await CycleUnit.OpenAsync(_host, Actor.System, cancellationToken))
        {
            claimed = await unit.Runner.ClaimDueTimersAsync(unit.Now, hostId, max, cancellationToken: cancellationToken);
            if (claimed.Count == 0) return 0;
            try
            {
                await unit.CommitAsync();
            }
            catch (WorkflowConflictException)
            {
                return 0; // another host claimed them first
            }
        }
        var fired = 0;
        foreach (var timer in claimed)
        {
            await using var unit = await CycleUnit.OpenAsync(_host, Actor.System, cancellationToken);
            try
            {
                await unit.Runner.FireTimerAsync(timer.Id, unit.Now, hostId, cancellationToken);
                await unit.CommitAsync();
                fired++;
            }
            catch (Exception e) when (e is TaskNotFoundException or WorkflowConflictException or ActionNotAllowedException)
            {
                // Its task was done meanwhile, or someone acted at the same moment: nothing to fire.
            }
        }
        return fired;
    }
}
