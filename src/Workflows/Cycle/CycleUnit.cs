using Microsoft.EntityFrameworkCore;
using Requisition.Rules.Thresholds;
using Requisition.Workflows.Persistence;
using Requisition.Workflows.Persistence.Stores;
using Requisition.Workflows.Runtime.Contracts;
using Requisition.Workflows.Runtime.Execution;

namespace Requisition.Workflows.Cycle;

/// <summary>
/// One command's unit of work: a context, the workflow store and runner on it, who acts and when. The runner's
/// activities reach it through their services (<c>context.Services.GetService(typeof(CycleUnit))</c>), so the
/// workflow state, its journal and the domain change of one action are saved by one <c>SaveChanges</c>.
/// </summary>
internal sealed class CycleUnit : IServiceProvider, IAsyncDisposable
{
    private ThresholdSet? _thresholds;

    private CycleUnit(CycleHost host, Actor actor)
    {
        Host = host;
        Actor = actor;
        Db = host.Database.CreateDbContext();
        Store = new EfWorkflowStore(Db);
        Now = host.Clock.Now;
        Runner = new WorkflowRunner(Store, host.Catalog, host.Registry, new FixedClock(Now), this);
    }

    public CycleHost Host { get; }

    public Actor Actor { get; }

    public RequisitionDbContext Db { get; }

    public EfWorkflowStore Store { get; }

    public WorkflowRunner Runner { get; }

    /// <summary>The time of this command; everything it writes carries it.</summary>
    public DateTimeOffset Now { get; }

    /// <summary>Today in the district.</summary>
    public DateOnly Today => Host.LocalDate(Now);

    public static Task<CycleUnit> OpenAsync(CycleHost host, Actor actor, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult(new CycleUnit(host, actor));
    }

    /// <summary>The threshold set in force: the newest district-wide revision, or the shipped defaults.</summary>
    public async Task<ThresholdSet> ThresholdsAsync()
    {
        if (_thresholds is not null) return _thresholds;
        var latest = await Db.ThresholdRevisions.AsNoTracking()
            .Where(r => r.ScopeId == null)
            .OrderByDescending(r => r.Id)
            .FirstOrDefaultAsync();
        _thresholds = latest is null ? Host.DefaultThresholds : ThresholdSet.Parse(latest.Json, Host.DefaultThresholds);
        return _thresholds;
    }

    public object? GetService(Type serviceType) =>
        serviceType == typeof(CycleUnit) ? this : serviceType == typeof(CycleHost) ? Host : null;

    public async Task CommitAsync() => await Db.SaveChangesAsync();

    public ValueTask DisposeAsync() => Db.DisposeAsync();

    private sealed class FixedClock(DateTimeOffset now) : IClock
    {
        public DateTimeOffset Now => now;
    }
}
