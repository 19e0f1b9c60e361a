using System.Text.Json.Nodes;
using Requisition.Workflows.Persistence;
using Requisition.Workflows.Runtime.Activities;
using Requisition.Workflows.Runtime.Contracts;
using Requisition.Workflows.Runtime.Definitions;
using Requisition.Workflows.Runtime.Execution;
using Requisition.Workflows.Runtime.Instances;
using Requisition.Workflows.Tests.Persistence.Support;
using Requisition.Workflows.Tests.Runtime.Support;

namespace Requisition.Workflows.Tests.Integration.Support;

/// <summary>
/// One host process of the application on a real database: its own activity registry, definition catalog and
/// clock, and a new <see cref="RunnerUnit"/> for every action. Two hosts on the same database share nothing else.
/// Reads go through the store in a unit of their own, so they see only what was committed.
/// </summary>
internal sealed class HostProcess(RequisitionDatabase database, WorkflowDefinitionCatalog catalog, ActivityRegistry registry, ManualClock clock)
{
    /// <summary>Sunday 1 November 2026, 08:00 WIB, where every host's clock starts unless told otherwise.</summary>
    public static readonly DateTimeOffset Start = RuntimeHarness.Start;

    private int _loaded;

    public RequisitionDatabase Database => database;

    public WorkflowDefinitionCatalog Catalog => catalog;

    public ManualClock Clock => clock;

    /// <summary>A host with the built-in activities and the given definitions (JSON texts), its clock at <see cref="Start"/>.</summary>
    public static HostProcess Create(RequisitionDatabase database, params string[] definitions)
    {
        var host = new HostProcess(database, new WorkflowDefinitionCatalog(), new ActivityRegistry(), new ManualClock(Start));
        foreach (var definition in definitions) host.AddDefinition(definition);
        return host;
    }

    /// <summary>Loads one more definition (or version) into this host's catalog, as a deployment would.</summary>
    public void AddDefinition(string json) =>
        catalog.Add(new WorkflowDefinitionLoader(registry).Load($"integration/{++_loaded}.json", json));

    public RunnerUnit Unit() => new(database, catalog, registry, clock);

    public async Task<WorkflowRunResult> StartAsync(
        string definitionId, string correlationId, string? facilityId, Actor actor, JsonObject? variables = null)
    {
        await using var unit = Unit();
        var result = await unit.Runner.StartAsync(definitionId, correlationId, facilityId, variables, actor);
        await unit.CommitAsync();
        return result;
    }

    public async Task<WorkflowRunResult> ResumeAsync(Guid bookmarkId, string outcome, Actor actor, JsonObject? input = null)
    {
        await using var unit = Unit();
        var result = await unit.Runner.ResumeAsync(bookmarkId, outcome, input, actor);
        await unit.CommitAsync();
        return result;
    }

    /// <summary>
    /// One tick of the documented timer loop: claim due timers and commit (a conflict means another host won: skip
    /// the tick), then fire each claimed timer in a unit of its own. Returns what was fired and committed.
    /// </summary>
    public async Task<IReadOnlyList<WorkflowRunResult>> TimerTickAsync(string hostId, int max = 100)
    {
        var now = clock.Now;
        IReadOnlyList<Bookmark> claimed;
        await using (var claim = Unit())
        {
            claimed = await claim.Runner.ClaimDueTimersAsync(now, hostId, max);
            try
            {
                await claim.CommitAsync();
            }
            catch (WorkflowConflictException)
            {
                return [];
            }
        }
        var fired = new List<WorkflowRunResult>();
        foreach (var timer in claimed)
        {
            await using var unit = Unit();
            try
            {
                var result = await unit.Runner.FireTimerAsync(timer.Id, now, hostId);
                await unit.CommitAsync();
                fired.Add(result);
            }
            catch (Exception e) when (e is TaskNotFoundException or WorkflowConflictException)
            {
                // Its activity ended meanwhile, or a person acted at the same moment: nothing to fire.
            }
        }
        return fired;
    }

    public Task<WorkflowInstance> InstanceAsync(Guid id) =>
        ReadAsync(async store => await store.FindInstanceAsync(id) ?? throw new InvalidOperationException($"no instance {id}"));

    public async Task<JsonObject> VariablesAsync(Guid id) => (JsonObject)JsonNode.Parse((await InstanceAsync(id)).VariablesJson)!;

    public Task<IReadOnlyList<WorkflowInstance>> ChildrenAsync(Guid parentId) => ReadAsync(store => store.ChildrenAsync(parentId));

    public Task<IReadOnlyList<Bookmark>> BookmarksAsync(Guid instanceId) => ReadAsync(store => store.BookmarksAsync(instanceId));

    public Task<IReadOnlyList<JournalEntry>> JournalAsync(Guid instanceId) => ReadAsync(store => store.JournalAsync(instanceId));

    /// <summary>The one open human task of the instance (with that name, when given), as committed.</summary>
    public async Task<Bookmark> OpenTaskAsync(Guid instanceId, string? name = null) =>
        (await BookmarksAsync(instanceId)).Single(b => b.Kind == BookmarkKind.HumanTask && (name is null || b.Name == name));

    public async Task<IReadOnlyList<Bookmark>> TimersAsync(Guid instanceId) =>
        (await BookmarksAsync(instanceId)).Where(b => b.Kind == BookmarkKind.Timer).OrderBy(b => b.DueAt).ToList();

    private async Task<T> ReadAsync<T>(Func<IWorkflowStore, Task<T>> read)
    {
        await using var unit = new WorkflowUnit(database);
        return await read(unit.Store);
    }
}
