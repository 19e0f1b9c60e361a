using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Requisition.Rules.Facts;
using Requisition.Rules.RuleSets;
using Requisition.Workflows.Cycle.Facts;
using Requisition.Workflows.Persistence.Entities;
using Requisition.Workflows.Runtime.Execution;
using Requisition.Workflows.Runtime.Instances;

namespace Requisition.Workflows.Cycle.Planning;

/// <summary>What the formulary and RKO commands share: waiting tasks, draft edits on the journal, resuming, results.</summary>
internal static class PlanActions
{
    /// <summary>The open task named <paramref name="task"/>, without checking who acts (the caller checked the roles that may edit).</summary>
    public static async Task<Bookmark> WaitingAsync(CycleUnit unit, Guid instanceId, string task, string what)
    {
        var open = (await unit.Store.BookmarksAsync(instanceId)).Where(b => b.Kind == BookmarkKind.HumanTask).ToList();
        return open.FirstOrDefault(b => b.Name == task)
            ?? throw new CommandRejectedException("", $"{what} can no longer be changed: it is not waiting for {task}" +
                (open.Count == 0 ? "" : $" but for {string.Join(", ", open.Select(b => b.Name))}"));
    }

    /// <summary>
    /// Puts a draft edit on the journal as an action on the waiting task, and stages the instance (with any change to its
    /// variables): an edit and a concurrent submit then conflict on the instance's revision, so rules never pass a
    /// document that changed under them.
    /// </summary>
    public static async Task RecordEditAsync(CycleUnit unit, Bookmark task, string action, object input, Action<JsonObject>? changeVariables = null)
    {
        var instance = await unit.Store.FindInstanceAsync(task.InstanceId)
            ?? throw new InvalidOperationException($"no workflow instance {task.InstanceId}");
        if (changeVariables is not null)
        {
            var variables = Variables(instance);
            changeVariables(variables);
            instance.VariablesJson = variables.ToJsonString(CycleJson.Options);
        }
        instance.UpdatedAt = unit.Now;
        unit.Store.Update(instance);
        unit.Store.Append(new JournalEntry
        {
            InstanceId = instance.Id,
            ActivityId = task.ActivityId,
            Kind = JournalKinds.HumanAction,
            UserId = unit.Actor.UserId,
            Role = unit.Actor.Role,
            At = unit.Now,
            InputJson = JsonSerializer.Serialize(input, CycleJson.Options),
            Outcome = action,
        });
    }

    public static JsonObject Variables(WorkflowInstance instance) => JsonNode.Parse(instance.VariablesJson) as JsonObject ?? [];

    /// <summary>The instance's flags that are not resolved: those stored and those this unit raised or changed.</summary>
    public static async Task<IReadOnlyList<FlagView>> FlagsAsync(CycleUnit unit, Guid instanceId)
    {
        var stored = await unit.Db.Flags.AsNoTracking().Where(f => f.WorkflowInstanceId == instanceId).ToListAsync();
        var tracked = unit.Db.ChangeTracker.Entries<FlagRecord>().Where(e => e.Entity.WorkflowInstanceId == instanceId).Select(e => e.Entity).ToList();
        return tracked.Concat(stored.Where(f => tracked.All(t => t.Id != f.Id)))
            .Where(f => f.Status != FlagStatus.Resolved)
            .OrderBy(f => f.Step, StringComparer.Ordinal).ThenBy(f => f.DrugCode?.Value ?? "", StringComparer.Ordinal).ThenBy(f => f.Rule, StringComparer.Ordinal)
            .Select(FlagView.Of).ToList();
    }

    /// <summary>Draft, returned, submitted (waiting for <paramref name="establishTask"/>) or established.</summary>
    public static string Status(PlanStatus status, IEnumerable<string> waiting, string? returnReason, string? establishTask) =>
        status == PlanStatus.Established ? "established"
        : establishTask is not null && waiting.Contains(establishTask, StringComparer.Ordinal) ? "submitted"
        : returnReason is not null ? "returned"
        : "draft";

    public static async Task<PlanActionResult> ResultAsync(
        CycleUnit unit, long documentId, Guid instanceId, PlanStatus status, string? establishTask, WorkflowRunResult? run)
    {
        var instance = run?.Instance ?? await unit.Store.FindInstanceAsync(instanceId)
            ?? throw new InvalidOperationException($"no workflow instance {instanceId}");
        var waiting = run is not null
            ? run.Tasks.Select(t => t.Name).ToList()
            : (await unit.Store.BookmarksAsync(instanceId)).Where(b => b.Kind == BookmarkKind.HumanTask).Select(b => b.Name).ToList();
        var reason = ReturnReason(instance);
        return new PlanActionResult(documentId, instanceId, Status(status, waiting, reason, establishTask), await FlagsAsync(unit, instanceId), waiting,
            status == PlanStatus.Established ? null : reason);
    }

    public static string? ReturnReason(WorkflowInstance instance) => Variables(instance)[PlanVariables.ReturnReason]?.GetValue<string>();

    /// <summary>
    /// A document of <paramref name="facility"/> is visible to its own users, to its supplier (the IFK sees its
    /// puskesmas's plans) and to an administrator; to anyone else it does not exist.
    /// </summary>
    public static async Task RequireVisibleAsync(CycleUnit unit, FacilityId facility, string what)
    {
        await Access.RequireKnownAsync(unit);
        var actor = unit.Actor;
        if (actor.Role == CycleRoles.Administrator || actor.FacilityId == facility.Value) return;
        var parent = await unit.Db.Facilities.AsNoTracking().Where(f => f.Id == facility).Select(f => f.ParentId).FirstOrDefaultAsync();
        if (parent is { } supplier && actor.FacilityId == supplier.Value) return;
        throw new NotFoundException($"no {what}");
    }

    /// <summary>What a step's rules would raise now over the instance's document, stored nowhere.</summary>
    public static async Task<IReadOnlyList<FlagView>> PreviewAsync(CycleUnit unit, Guid instanceId, string step)
    {
        var instance = await unit.Store.FindInstanceAsync(instanceId) ?? throw new InvalidOperationException($"no workflow instance {instanceId}");
        var thresholds = await unit.ThresholdsAsync();
        var facts = await StepFactSources.LoadAsync(unit, instance, step, null);
        return StepEvaluation.Run(step, thresholds, unit.Today, facts)
            .Select(f => new FlagView(0, f.Rule, f.Severity, f.Step, f.Facility.Value, f.DrugCode?.Value, f.Period?.ToString(), f.Subject,
                f.Message, FlagStatus.Open, null, null, f.ThresholdVersion))
            .ToList();
    }
}
