using System.Text.Json.Nodes;
using Requisition.Workflows.Runtime.Activities;
using Requisition.Workflows.Runtime.Contracts;
using Requisition.Workflows.Runtime.Definitions;
using Requisition.Workflows.Runtime.Execution;
using Requisition.Workflows.Runtime.Instances;

namespace Requisition.Workflows.Tests.Runtime.Support;

/// <summary>
/// A district's workflow runtime for a test: definitions, a shared in-memory database, a hand-moved clock
/// starting 1 November 2026 08:00 WIB, and helpers that run one action per unit of work and commit it.
/// </summary>
internal sealed class RuntimeHarness
{
    public static readonly DateTimeOffset Start = new(2026, 11, 1, 8, 0, 0, TimeSpan.FromHours(7));

    public RuntimeHarness(params string[] definitions) : this(new ActivityRegistry(), definitions)
    {
    }

    public RuntimeHarness(ActivityRegistry registry, params string[] definitions)
    {
        Registry = registry;
        Loader = new WorkflowDefinitionLoader(registry);
        for (var i = 0; i < definitions.Length; i++) Catalog.Add(Loader.Load($"test-definitions/{i}.json", definitions[i]));
    }

    public ActivityRegistry Registry { get; }

    public WorkflowDefinitionLoader Loader { get; }

    public WorkflowDefinitionCatalog Catalog { get; } = new();

    public InMemoryWorkflowDatabase Database { get; } = new();

    public ManualClock Clock { get; } = new(Start);

    public IServiceProvider? Services { get; init; }

    /// <summary>A new unit of work, as one request in one host process would have.</summary>
    public WorkUnit Unit()
    {
        var store = new InMemoryWorkflowStore(Database);
        return new WorkUnit(new WorkflowRunner(store, Catalog, Registry, Clock, Services), store);
    }

    public async Task<WorkflowRunResult> StartAsync(string definitionId, string correlationId, string? facilityId, Actor actor, JsonObject? variables = null)
    {
        var unit = Unit();
        var result = await unit.Runner.StartAsync(definitionId, correlationId, facilityId, variables, actor);
        unit.Commit();
        return result;
    }

    public async Task<WorkflowRunResult> ResumeAsync(Guid bookmarkId, string outcome, Actor actor, JsonObject? input = null)
    {
        var unit = Unit();
        var result = await unit.Runner.ResumeAsync(bookmarkId, outcome, input, actor);
        unit.Commit();
        return result;
    }

    /// <summary>What a host's timer loop does on one tick: claim due timers and commit, then fire each in its own unit.</summary>
    public async Task<IReadOnlyList<WorkflowRunResult>> FireDueTimersAsync(string hostId = "host-a")
    {
        var claim = Unit();
        var claimed = await claim.Runner.ClaimDueTimersAsync(Clock.Now, hostId);
        claim.Commit();
        var results = new List<WorkflowRunResult>();
        foreach (var timer in claimed)
        {
            var unit = Unit();
            try
            {
                results.Add(await unit.Runner.FireTimerAsync(timer.Id, Clock.Now, hostId));
                unit.Commit();
            }
            catch (TaskNotFoundException)
            {
                // An earlier timer of the same tick ended its activity (an escalation withdraws the reminder).
            }
        }
        return results;
    }

    /// <summary>The one open task of the instance (with that name, when given), as committed.</summary>
    public Bookmark OpenTask(Guid instanceId, string? name = null) =>
        Database.BookmarksOf(instanceId).Single(b => b.Kind == BookmarkKind.HumanTask && (name is null || b.Name == name));

    public IReadOnlyList<Bookmark> Timers(Guid instanceId) =>
        Database.BookmarksOf(instanceId).Where(b => b.Kind == BookmarkKind.Timer).OrderBy(b => b.DueAt).ToList();

    public JsonObject Variables(Guid instanceId) => (JsonObject)JsonNode.Parse(Database.Instance(instanceId).VariablesJson)!;

    /// <summary>Starts the example approval for Cibeber's request, with the IFK as reviewer.</summary>
    public Task<WorkflowRunResult> StartApprovalAsync(string correlationId = "request:PKM-CIBEBER:2026-10") =>
        StartAsync("approval", correlationId, Actors.Cibeber, Actors.CibeberPharmacist, new JsonObject { ["ifk"] = Actors.Ifk });
}
