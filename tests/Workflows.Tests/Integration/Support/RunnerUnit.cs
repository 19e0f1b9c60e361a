using Requisition.Workflows.Persistence;
using Requisition.Workflows.Runtime.Activities;
using Requisition.Workflows.Runtime.Contracts;
using Requisition.Workflows.Runtime.Definitions;
using Requisition.Workflows.Runtime.Execution;
using Requisition.Workflows.Tests.Persistence.Support;

namespace Requisition.Workflows.Tests.Integration.Support;

/// <summary>
/// One unit of work as the application layer runs it: a new context, the EF store on it, a runner on that store,
/// and one <c>SaveChangesAsync</c> at the end.
/// </summary>
internal sealed class RunnerUnit : IAsyncDisposable
{
    private readonly WorkflowUnit _unit;

    public RunnerUnit(RequisitionDatabase database, WorkflowDefinitionCatalog catalog, ActivityRegistry registry, IClock clock)
    {
        _unit = new WorkflowUnit(database);
        Runner = new WorkflowRunner(_unit.Store, catalog, registry, clock);
    }

    public WorkflowRunner Runner { get; }

    public Task CommitAsync() => _unit.CommitAsync();

    public ValueTask DisposeAsync() => _unit.DisposeAsync();

    /// <summary>
    /// Commits every unit at the same moment, each on a thread of its own, as concurrent requests would; returns what
    /// each commit threw, in the order of <paramref name="units"/> (null: that commit succeeded).
    /// </summary>
    public static async Task<Exception?[]> CommitTogetherAsync(params RunnerUnit[] units)
    {
        var go = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var commits = units.Select(unit => Task.Run(async () =>
        {
            await go.Task;
            try
            {
                await unit.CommitAsync();
                return null;
            }
            catch (Exception failure)
            {
                return (Exception?)failure;
            }
        })).ToList();
        go.SetResult();
        return await Task.WhenAll(commits);
    }
}
