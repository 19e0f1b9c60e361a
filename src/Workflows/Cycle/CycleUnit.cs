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
    private Microsoft.EntityFrameworkCore.Storage.IDbContextTransaction? _transaction;

    private CycleUnit(CycleHost host, Actor actor)
    {
        Host = host;
        Actor = actor;
        Db = host.Database.CreateDbContext();
        // A command tracks hundreds of lines and flags; EF would scan them all again on every Local or Entries() look.
        // The context detects changes once, when it saves.
        Db.ChangeTracker.AutoDetectChangesEnabled = false;
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

    /// <summary>
    /// Where this unit brought the stored flags in line with a step's rules (see <c>FlagBook</c>): every unresolved flag
    /// of such a scope is tracked here, so a result reads back from the database only the flags outside them.
    /// </summary>
    public List<FlagScope> RecordedFlags { get; } = [];

    public static async Task<CycleUnit> OpenAsync(CycleHost host, Actor actor, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var unit = new CycleUnit(host, actor);
        try
        {
            // One connection for the whole unit: EF would otherwise take one from the pool and set it up (pragmas,
            // functions) for every query of a command or view, and a command makes dozens.
            await unit.Db.Database.OpenConnectionAsync(cancellationToken);
        }
        catch
        {
            await unit.DisposeAsync();
            throw;
        }
        return unit;
    }

    /// <summary>Starts an instance; a fault while it runs to its first wait refuses the whole command (nothing written).</summary>
    public async Task<WorkflowRunResult> StartAsync(string definitionId, string correlationId, string? facilityId, System.Text.Json.Nodes.JsonObject variables)
    {
        var run = await Runner.StartAsync(definitionId, correlationId, facilityId, variables, Actor);
        if (run.Fault is { } fault) throw new InvalidOperationException($"the {definitionId} workflow failed to start: {fault}");
        return run;
    }

    /// <summary>Resumes a task; a fault in the instance refuses the whole command (nothing written) instead of committing a broken instance.</summary>
    public async Task<WorkflowRunResult> ResumeAsync(Guid taskId, string outcome, object input)
    {
        var json = (System.Text.Json.Nodes.JsonObject)System.Text.Json.JsonSerializer.SerializeToNode(input, CycleJson.Options)!;
        var run = await Runner.ResumeAsync(taskId, outcome, json, Actor);
        if (run.Fault is { } fault) throw new InvalidOperationException($"the workflow failed at {outcome}: {fault}");
        return run;
    }

    /// <summary>The day an LPLPO counts as submitted for the rules: when it was, or today while it is not yet.</summary>
    public DateOnly SubmittedOn(Persistence.Entities.LplpoReport report) => report.SubmittedAt is { } at ? Host.LocalDate(at) : Today;

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

    /// <summary>
    /// Opens the command's database transaction, so a command may save part of its work early (to learn the ids of new
    /// rows it reports back) and still commit or roll back as one.
    /// </summary>
    public async Task BeginAsync() => _transaction ??= await Db.Database.BeginTransactionAsync();

    /// <summary>Saves what is staged so far, inside the command's transaction (see <see cref="BeginAsync"/>).</summary>
    public async Task SaveAsync()
    {
        await BeginAsync();
        await SaveChangesAsync();
    }

    public async Task CommitAsync()
    {
        await SaveChangesAsync();
        if (_transaction is not null) await _transaction.CommitAsync();
    }

    /// <summary>
    /// Saves; a failed write of a unit that moves a workflow (a duplicate key, a busy database) means someone else acted
    /// on the same thing first, whichever table EF happened to write first, so it is reported as a conflict.
    /// </summary>
    private async Task SaveChangesAsync()
    {
        try
        {
            await Db.SaveChangesAsync();
        }
        catch (DbUpdateException e) when (MovesWorkflow())
        {
            throw new WorkflowConflictException("Someone else acted on the same document at the same moment; nothing of this action was written. Reload and try again.", e);
        }
        catch (Microsoft.Data.Sqlite.SqliteException e) when (e.SqliteErrorCode is 5 or 6)
        {
            throw new WorkflowConflictException("The database was busy with another action; nothing of this action was written. Try again.", e);
        }
    }

    /// <summary>Whether the failed save moved a workflow (its states stay as they were staged when a save fails).</summary>
    private bool MovesWorkflow() =>
        Db.ChangeTracker.Entries<Runtime.Instances.WorkflowInstance>().Any(e => e.State == EntityState.Modified)
        || Db.ChangeTracker.Entries<Runtime.Instances.Bookmark>().Any(e => e.State == EntityState.Deleted);

    public async ValueTask DisposeAsync()
    {
        if (_transaction is not null) await _transaction.DisposeAsync();
        await Db.DisposeAsync();
    }

    private sealed class FixedClock(DateTimeOffset now) : IClock
    {
        public DateTimeOffset Now => now;
    }
}

/// <summary>The flags of one workflow instance at one step, of the given rules only when <see cref="Rules"/> is set.</summary>
internal sealed record FlagScope(Guid InstanceId, string Step, IReadOnlyCollection<string>? Rules);
