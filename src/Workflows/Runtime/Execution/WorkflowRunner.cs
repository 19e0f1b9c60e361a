using System.Text.Json.Nodes;
using Requisition.Workflows.Runtime.Activities;
using Requisition.Workflows.Runtime.Contracts;
using Requisition.Workflows.Runtime.Definitions;
using Requisition.Workflows.Runtime.Instances;

namespace Requisition.Workflows.Runtime.Execution;

/// <summary>
/// Starts, resumes, times and cancels workflow instances. Every call reads what it needs from the store,
/// stages all its changes there and returns what it did; it never commits (the caller commits, together
/// with the domain change of the same action) and keeps nothing in memory between calls, so any number of
/// host processes can share one database. Refusals (task gone, not allowed, bad outcome) throw before
/// anything is staged; a failing activity faults its instance instead, and that fault is staged.
/// </summary>
public sealed class WorkflowRunner
{
    /// <summary>How long a host's claim on a due timer keeps other hosts off it, unless given.</summary>
    public static readonly TimeSpan DefaultTimerLease = TimeSpan.FromMinutes(5);

    private readonly IWorkflowStore _store;
    private readonly WorkflowDefinitionCatalog _catalog;
    private readonly IClock _clock;
    private readonly WorkflowEngine _engine;

    public WorkflowRunner(
        IWorkflowStore store, WorkflowDefinitionCatalog catalog, ActivityRegistry registry, IClock clock, IServiceProvider? services = null)
    {
        _store = store;
        _catalog = catalog;
        _clock = clock;
        _engine = new WorkflowEngine(catalog, registry, clock, services ?? NoServices.Instance);
    }

    /// <summary>
    /// Starts an instance of the latest version of <paramref name="definitionId"/> about <paramref name="correlationId"/>
    /// and runs it until it first waits. Refused with <see cref="WorkflowConflictException"/> when an open instance
    /// about the same thing exists.
    /// </summary>
    public async Task<WorkflowRunResult> StartAsync(
        string definitionId, string correlationId, string? facilityId, JsonObject? variables, Actor actor, CancellationToken cancellationToken = default)
    {
        var definition = _catalog.Latest(definitionId);
        if (await _store.FindOpenAsync(definitionId, correlationId, cancellationToken) is { } open)
            throw new WorkflowConflictException($"{definitionId} {correlationId} is already open (instance {open.Id}, {open.Status})");
        var scope = NewScope(_clock.Now, cancellationToken);
        var state = await _engine.StartAsync(scope, definition, correlationId, facilityId, variables ?? [], actor, null);
        return await scope.FlushAsync(state);
    }

    /// <summary>
    /// A person acts on a task: checks their role and facility against it and <paramref name="outcome"/> against its
    /// outcomes, then continues the instance on its own definition version with <paramref name="input"/>.
    /// </summary>
    /// <exception cref="TaskNotFoundException">The task is gone (done by someone else, cancelled) or is not a person's task.</exception>
    /// <exception cref="ActionNotAllowedException">Wrong role, another facility's task, or claimed by someone else.</exception>
    /// <exception cref="InvalidOutcomeException">The task does not offer <paramref name="outcome"/>.</exception>
    public async Task<WorkflowRunResult> ResumeAsync(
        Guid bookmarkId, string outcome, JsonObject? input, Actor actor, CancellationToken cancellationToken = default)
    {
        var now = _clock.Now;
        var task = TaskGuard.RequireTask(await _store.FindBookmarkAsync(bookmarkId, cancellationToken), bookmarkId);
        TaskGuard.CheckMayAct(task, actor, now);
        var allowed = TaskGuard.Outcomes(task);
        if (!allowed.Contains(outcome, StringComparer.Ordinal)) throw new InvalidOutcomeException(outcome, allowed, task.Name);
        var scope = NewScope(now, cancellationToken);
        var state = await RequireSuspendedAsync(scope, task);
        await _engine.ResumeAsync(scope, state, task, outcome, input ?? [], actor, JournalKinds.HumanAction);
        return await scope.FlushAsync(state);
    }

    /// <summary>
    /// First half of firing timers: claims up to <paramref name="max"/> timers due at <paramref name="now"/> for
    /// <paramref name="hostId"/> until now + <paramref name="lease"/>. Commit the claims before firing them: of two hosts
    /// claiming the same timer only one commit succeeds, and other hosts skip a timer under a live claim. A host that dies
    /// holding claims loses them when the lease runs out.
    /// </summary>
    public async Task<IReadOnlyList<Bookmark>> ClaimDueTimersAsync(
        DateTimeOffset now, string hostId, int max = 100, TimeSpan? lease = null, CancellationToken cancellationToken = default)
    {
        var until = now + (lease ?? DefaultTimerLease);
        var due = await _store.DueTimersAsync(now, max, cancellationToken);
        foreach (var timer in due)
        {
            timer.ClaimedBy = hostId;
            timer.ClaimedUntil = until;
            _store.Update(timer);
        }
        return due;
    }

    /// <summary>
    /// Second half: fires one timer this host claimed (and committed), continuing its instance as the system. Use one
    /// unit of work per timer so one instance's failure or conflict leaves the others alone.
    /// </summary>
    /// <exception cref="TaskNotFoundException">The timer is gone (fired already, or its task was done).</exception>
    /// <exception cref="ActionNotAllowedException">Another host holds the claim, or the timer is not due yet.</exception>
    public async Task<WorkflowRunResult> FireTimerAsync(Guid bookmarkId, DateTimeOffset now, string hostId, CancellationToken cancellationToken = default)
    {
        var timer = await _store.FindBookmarkAsync(bookmarkId, cancellationToken);
        if (timer is null || timer.Kind != BookmarkKind.Timer) throw new TaskNotFoundException($"timer {bookmarkId} does not exist (fired already, or its activity finished)");
        if (timer.ClaimedBy != hostId) throw new ActionNotAllowedException($"timer '{timer.Name}' is claimed by {timer.ClaimedBy ?? "nobody"}, not {hostId}");
        if (timer.DueAt > now) throw new ActionNotAllowedException($"timer '{timer.Name}' is due at {timer.DueAt:O}, not yet at {now:O}");
        var scope = NewScope(now, cancellationToken);
        var state = await RequireSuspendedAsync(scope, timer);
        var input = new JsonObject { ["timer"] = timer.Name, ["dueAt"] = timer.DueAt, ["host"] = hostId };
        await _engine.ResumeAsync(scope, state, timer, null, input, Actor.System, JournalKinds.Timer);
        return await scope.FlushAsync(state);
    }

    /// <summary>Cancels an open instance and its open children: every bookmark goes, and the journal says who and why.</summary>
    public async Task<WorkflowRunResult> CancelAsync(Guid instanceId, string? reason, Actor actor, CancellationToken cancellationToken = default)
    {
        var scope = NewScope(_clock.Now, cancellationToken);
        var state = await scope.LoadAsync(instanceId) ?? throw new TaskNotFoundException($"instance {instanceId} does not exist");
        if (state.IsClosed) throw new ActionNotAllowedException($"{state.Instance.DefinitionId} {state.Instance.CorrelationId} is already {state.Status}");
        await _engine.CancelAsync(scope, state, actor, reason);
        return await scope.FlushAsync(state);
    }

    /// <summary>A person takes a task for <paramref name="lease"/> so others of the same role leave it alone (stage, then commit).</summary>
    public async Task<Bookmark> ClaimTaskAsync(Guid bookmarkId, Actor actor, TimeSpan lease, CancellationToken cancellationToken = default)
    {
        var now = _clock.Now;
        var task = TaskGuard.RequireTask(await _store.FindBookmarkAsync(bookmarkId, cancellationToken), bookmarkId);
        TaskGuard.CheckMayAct(task, actor, now);
        task.ClaimedBy = actor.UserId;
        task.ClaimedUntil = now + lease;
        _store.Update(task);
        return task;
    }

    /// <summary>Gives a claimed task back before its claim runs out.</summary>
    public async Task<Bookmark> ReleaseTaskAsync(Guid bookmarkId, Actor actor, CancellationToken cancellationToken = default)
    {
        var task = TaskGuard.RequireTask(await _store.FindBookmarkAsync(bookmarkId, cancellationToken), bookmarkId);
        if (task.ClaimedBy != actor.UserId) throw new ActionNotAllowedException($"task '{task.Name}' is not claimed by {actor.UserId}");
        task.ClaimedBy = null;
        task.ClaimedUntil = null;
        _store.Update(task);
        return task;
    }

    private ExecutionScope NewScope(DateTimeOffset now, CancellationToken cancellationToken) => new(_store, _catalog, now, cancellationToken);

    private static async Task<InstanceState> RequireSuspendedAsync(ExecutionScope scope, Bookmark bookmark)
    {
        var state = await scope.LoadAsync(bookmark.InstanceId)
            ?? throw new TaskNotFoundException($"the instance of '{bookmark.Name}' ({bookmark.InstanceId}) does not exist");
        if (state.Status != WorkflowStatus.Suspended)
            throw new TaskNotFoundException($"'{bookmark.Name}' cannot resume: its instance is {state.Status}");
        return state;
    }
}
