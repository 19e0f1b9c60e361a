using Microsoft.EntityFrameworkCore;
using Requisition.Rules.Thresholds;
using Requisition.Workflows.Cycle.Activities;
using Requisition.Workflows.Cycle.Facts;
using Requisition.Workflows.Persistence;
using Requisition.Workflows.Persistence.Entities;
using Requisition.Workflows.Runtime.Activities;
using Requisition.Workflows.Runtime.Contracts;
using Requisition.Workflows.Runtime.Definitions;

namespace Requisition.Workflows.Cycle;

/// <summary>
/// The planning cycle of one host process: the database, the workflow definitions, the activity registry with
/// the domain activities, the clock and the default thresholds. Holds nothing about documents between calls
/// (only the compiled FORNAS matcher, which depends on the reference list alone), so any number of hosts can
/// share one database. Every command runs in a unit of work of its own: one <c>SaveChanges</c>, one transaction.
/// </summary>
public sealed class CycleHost
{
    public CycleHost(RequisitionDatabase database, WorkflowDefinitionCatalog catalog, ActivityRegistry registry, IClock clock, ThresholdSet defaults, TimeSpan? utcOffset = null)
    {
        Database = database;
        Catalog = catalog;
        Registry = registry;
        Clock = clock;
        DefaultThresholds = defaults;
        UtcOffset = utcOffset ?? TimeSpan.FromHours(7);
        References = new ReferenceCache();
        Lplpo = new LplpoCommands(this);
        Formulary = new FormularyCommands(this);
        Rko = new RkoCommands(this);
        Queries = new CycleQueries(this);
        Facility = new FacilityQueries(this);
        Thresholds = new ThresholdCommands(this);
        Stock = new StockCommands(this);
        Timers = new CycleTimers(this);
    }

    public RequisitionDatabase Database { get; }

    public WorkflowDefinitionCatalog Catalog { get; }

    public ActivityRegistry Registry { get; }

    public IClock Clock { get; }

    /// <summary>The shipped threshold set; an administrator's revisions in the database override it.</summary>
    public ThresholdSet DefaultThresholds { get; }

    /// <summary>The district's offset from UTC, for calendar dates (WIB +07:00 unless configured).</summary>
    public TimeSpan UtcOffset { get; }

    public LplpoCommands Lplpo { get; }

    public FormularyCommands Formulary { get; }

    public RkoCommands Rko { get; }

    public CycleQueries Queries { get; }

    /// <summary>A puskesmas's own screens: stock by item with months of stock, its plans, an LPLPO's whole flag history.</summary>
    public FacilityQueries Facility { get; }

    public ThresholdCommands Thresholds { get; }

    public StockCommands Stock { get; }

    public CycleTimers Timers { get; }

    /// <summary>A supplier's queue, shipment picks and warehouse stock (stateless, so made on use).</summary>
    public DistrictQueries District => new(this);

    /// <summary>The administrator's facilities and users (stateless, so made on use).</summary>
    public FacilityAdmin FacilityAdmin => new(this);

    /// <summary>The administrator's reference lists and confirmed FORNAS mappings (stateless, so made on use).</summary>
    public ReferenceCommands ReferenceLists => new(this);

    /// <summary>The indicator dashboard and its drill-down (stateless, so made on use).</summary>
    public global::Requisition.Workflows.Cycle.Indicators.IndicatorQueries Indicators => new(this);

    /// <summary>Imports of district data from files: preview, then apply (stateless, so made on use).</summary>
    public Imports.ImportService Imports => new(this);

    internal ReferenceCache References { get; }

    /// <summary>Lines of closed LPLPOs, read once (they never change).</summary>
    internal ClosedLplpoLines ClosedLines { get; } = new();

    /// <summary>An activity registry with the built-in activities and the planning cycle's own.</summary>
    public static ActivityRegistry CreateRegistry()
    {
        var registry = new ActivityRegistry();
        foreach (var activity in DomainActivities.All) registry.Register(activity);
        return registry;
    }

    /// <summary>
    /// A host on <paramref name="database"/> with the definitions of <paramref name="workflowsFolder"/> and the
    /// thresholds file <paramref name="thresholdsFile"/> as defaults.
    /// </summary>
    public static CycleHost Load(RequisitionDatabase database, string workflowsFolder, string thresholdsFile, IClock? clock = null)
    {
        var registry = CreateRegistry();
        var catalog = WorkflowDefinitionCatalog.LoadDirectory(workflowsFolder, registry);
        var defaults = ThresholdSet.Parse(File.ReadAllText(thresholdsFile));
        return new CycleHost(database, catalog, registry, clock ?? SystemClock.Instance, defaults);
    }

    /// <summary>The calendar date at <paramref name="instant"/> in the district.</summary>
    public DateOnly LocalDate(DateTimeOffset instant) => DateOnly.FromDateTime(instant.ToOffset(UtcOffset).DateTime);

    /// <summary>
    /// Runs one command in a unit of work of its own and commits it. With an idempotency key, a retry of a command
    /// that already committed returns the first result and changes nothing; the same key on another command is refused.
    /// </summary>
    internal async Task<T> RunAsync<T>(
        Actor actor, string command, string? idempotencyKey, Func<CycleUnit, Task<T>> action, CancellationToken cancellationToken)
    {
        if (idempotencyKey is not null)
        {
            if (idempotencyKey.Length is 0 or > 200)
                throw new CommandRejectedException("idempotencyKey", "must be 1 to 200 characters");
            if (await StoredResultAsync<T>(actor, command, idempotencyKey, cancellationToken) is { } stored) return stored;
        }
        await using var unit = await CycleUnit.OpenAsync(this, actor, cancellationToken);
        T result;
        try
        {
            result = await action(unit);
        }
        catch (Exception) when (idempotencyKey is not null)
        {
            // A retry that arrived while the first copy was committing: the task it names is gone, but the first result stands.
            if (await StoredResultAsync<T>(actor, command, idempotencyKey, cancellationToken) is { } first) return first;
            throw;
        }
        if (idempotencyKey is not null)
        {
            unit.Db.IdempotencyKeys.Add(new IdempotencyRecord
            {
                UserId = actor.UserId,
                Key = idempotencyKey,
                Command = command,
                ResultJson = ResultRecords.For<T>().Store(result),
                CreatedAt = unit.Now,
            });
        }
        try
        {
            await unit.CommitAsync();
        }
        catch (Exception failure) when (idempotencyKey is not null && failure is DbUpdateException or Runtime.Contracts.WorkflowConflictException)
        {
            // The same request ran twice at once and the other copy committed first: answer with its result.
            if (await StoredResultAsync<T>(actor, command, idempotencyKey, cancellationToken) is { } stored) return stored;
            throw;
        }
        return result;
    }

    /// <summary>
    /// Runs a command whose result needs what the commit gives (the ids of new documents): the action returns a
    /// function that builds the result after the commit. Such commands (starting things) take no idempotency key;
    /// starting the same thing twice is refused by the workflow store instead.
    /// </summary>
    internal async Task<T> RunAfterCommitAsync<T>(Actor actor, Func<CycleUnit, Task<Func<T>>> action, CancellationToken cancellationToken)
    {
        await using var unit = await CycleUnit.OpenAsync(this, actor, cancellationToken);
        var result = await action(unit);
        await unit.CommitAsync();
        return result();
    }

    /// <summary>Runs a query in a unit of work that is never committed.</summary>
    internal async Task<T> ReadAsync<T>(Actor actor, Func<CycleUnit, Task<T>> query, CancellationToken cancellationToken)
    {
        await using var unit = await CycleUnit.OpenAsync(this, actor, cancellationToken);
        // Nothing read here is saved: no entity needs tracking (a check reads the whole LPLPO with its lines).
        unit.Db.ChangeTracker.QueryTrackingBehavior = QueryTrackingBehavior.NoTracking;
        return await query(unit);
    }

    private async Task<T?> StoredResultAsync<T>(Actor actor, string command, string key, CancellationToken cancellationToken)
    {
        await using var db = Database.CreateDbContext();
        var record = await db.IdempotencyKeys.AsNoTracking()
            .SingleOrDefaultAsync(r => r.UserId == actor.UserId && r.Key == key, cancellationToken);
        if (record is null) return default;
        if (record.Command != command)
            throw new CommandRejectedException("idempotencyKey", $"was already used for {record.Command}; use a new key for {command}");
        return await ResultRecords.For<T>().ReplayAsync(db, record.ResultJson, cancellationToken);
    }
}
