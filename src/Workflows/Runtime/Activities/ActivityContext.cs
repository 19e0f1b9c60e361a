using System.Text.Json;
using System.Text.Json.Nodes;
using Requisition.Rules.RuleSets.Flags;
using Requisition.Workflows.Runtime.Contracts;
using Requisition.Workflows.Runtime.Definitions;
using Requisition.Workflows.Runtime.Execution;
using Requisition.Workflows.Runtime.Instances;

namespace Requisition.Workflows.Runtime.Activities;

/// <summary>
/// What an activity sees while it runs: the instance and its variables, its own properties, who acts and
/// when, the input of a resume, services of the current unit of work, and the means to wait (tasks, timers,
/// joins), start child instances and record the flags of a rules step in the journal.
/// </summary>
public sealed class ActivityContext
{
    private readonly WorkflowEngine _engine;
    private readonly ExecutionScope _scope;
    private readonly InstanceState _state;

    internal ActivityContext(
        WorkflowEngine engine, ExecutionScope scope, InstanceState state, ActivityDefinition activity, Actor actor,
        JournalEntry entry, Bookmark? bookmark, string? outcome, JsonObject input)
    {
        _engine = engine;
        _scope = scope;
        _state = state;
        Activity = activity;
        Actor = actor;
        Entry = entry;
        Bookmark = bookmark;
        Outcome = outcome;
        Input = input;
        Properties = new ActivityProperties(activity);
    }

    public WorkflowInstance Instance => _state.Instance;

    /// <summary>The definition version the instance runs on.</summary>
    public WorkflowDefinition Definition => _state.Definition;

    public ActivityDefinition Activity { get; }

    public ActivityProperties Properties { get; }

    public WorkflowVariables Variables => _state.VariableAccess;

    /// <summary>Who acts: the person who started or resumed the instance, or <see cref="Actor.System"/> for timers and joins.</summary>
    public Actor Actor { get; }

    public IClock Clock => _engine.Clock;

    /// <summary>The time of this call (the firing time for timers); everything the call stages carries it.</summary>
    public DateTimeOffset Now => _scope.Now;

    /// <summary>When resuming: the bookmark that resumed; null when the flow first reaches the activity.</summary>
    public Bookmark? Bookmark { get; }

    /// <summary>When resuming a task: the outcome the person chose.</summary>
    public string? Outcome { get; }

    /// <summary>When resuming: the person's input (a timer's name and due time for timers); empty otherwise.</summary>
    public JsonObject Input { get; }

    public IServiceProvider Services => _engine.Services;

    public CancellationToken CancellationToken => _scope.CancellationToken;

    /// <summary>This execution's journal line (the runtime's own activities adjust its kind and input).</summary>
    internal JournalEntry Entry { get; }

    /// <summary>Records the flags a rules step raised, and the threshold version that decided them, on this step's journal line.</summary>
    public void RecordFlags(JsonArray flags, string? thresholdVersion)
    {
        Entry.FlagsJson = flags.ToJsonString(RuntimeJson.Options);
        Entry.ThresholdVersion = thresholdVersion;
    }

    /// <summary>Records rule flags as rule, severity, item, message (with facility, period and subject when set).</summary>
    public void RecordFlags(IReadOnlyList<Flag> flags, string thresholdVersion)
    {
        var array = new JsonArray();
        foreach (var flag in flags)
        {
            var line = new JsonObject
            {
                ["rule"] = flag.Rule,
                ["severity"] = flag.Severity.ToString().ToLowerInvariant(),
                ["item"] = flag.DrugCode?.Value,
                ["message"] = flag.Message,
                ["facility"] = flag.Facility.Value,
            };
            if (flag.Period is { } period) line["period"] = period.ToString();
            if (flag.Subject is not null) line["subject"] = flag.Subject;
            array.Add(line);
        }
        RecordFlags(array, thresholdVersion);
    }

    /// <summary>Waits for a person in <paramref name="role"/> at <paramref name="facilityId"/> (null: any facility) to choose one of <paramref name="outcomes"/>.</summary>
    public Bookmark CreateTask(string name, string role, string? facilityId, IReadOnlyList<string> outcomes, DateTimeOffset? dueAt = null) =>
        AddBookmark(BookmarkKind.HumanTask, name, dueAt, b =>
        {
            b.Role = role;
            b.FacilityId = facilityId;
            b.OutcomesJson = JsonSerializer.Serialize(outcomes);
        });

    /// <summary>Waits until <paramref name="dueAt"/>; a host's timer loop fires it (any host: the claim lives in the store).</summary>
    public Bookmark CreateTimer(string name, DateTimeOffset dueAt) => AddBookmark(BookmarkKind.Timer, name, dueAt, _ => { });

    /// <summary>Waits until every child instance of this one has completed or been cancelled.</summary>
    public Bookmark CreateJoin(string name) => AddBookmark(BookmarkKind.Join, name, null, _ => { });

    /// <summary>
    /// Starts a child instance (its parent is this instance) on the latest version of <paramref name="definitionId"/>,
    /// or <paramref name="version"/>; it runs until it first waits, inside this call.
    /// </summary>
    public async Task<WorkflowInstance> StartChildAsync(
        string definitionId, string correlationId, string? facilityId, JsonObject variables, int? version = null)
    {
        var definition = version is { } v ? _engine.Catalog.Get(definitionId, v) : _engine.Catalog.Latest(definitionId);
        var child = await _engine.StartAsync(_scope, definition, correlationId, facilityId, variables, Actor, Instance.Id);
        return child.Instance;
    }

    private Bookmark AddBookmark(BookmarkKind kind, string name, DateTimeOffset? dueAt, Action<Bookmark> fill)
    {
        var bookmark = new Bookmark
        {
            Id = Guid.CreateVersion7(Now),
            InstanceId = Instance.Id,
            ActivityId = Activity.Id,
            Kind = kind,
            Name = name,
            DueAt = dueAt,
            CreatedAt = Now,
        };
        fill(bookmark);
        _scope.AddBookmark(bookmark);
        return bookmark;
    }
}
