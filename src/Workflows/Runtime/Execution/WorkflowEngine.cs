using System.Text.Json.Nodes;
using Requisition.Workflows.Runtime.Activities;
using Requisition.Workflows.Runtime.Contracts;
using Requisition.Workflows.Runtime.Definitions;
using Requisition.Workflows.Runtime.Instances;

namespace Requisition.Workflows.Runtime.Execution;

/// <summary>
/// Moves instances through their definitions inside one <see cref="ExecutionScope"/>: runs activities until
/// each path waits or ends, settles the instance's status, and resumes a parent whose children have all
/// finished. Holds no state of its own between calls.
/// </summary>
internal sealed class WorkflowEngine(WorkflowDefinitionCatalog catalog, ActivityRegistry registry, IClock clock, IServiceProvider services)
{
    /// <summary>More activities than this in one call without waiting is a loop with no task or timer in it.</summary>
    public const int MaxActivitiesPerCall = 1000;

    public WorkflowDefinitionCatalog Catalog => catalog;

    public IClock Clock => clock;

    public IServiceProvider Services => services;

    public async Task<InstanceState> StartAsync(
        ExecutionScope scope, WorkflowDefinition definition, string correlationId, string? facilityId, JsonObject variables, Actor actor, Guid? parentId)
    {
        var state = scope.Create(definition, correlationId, facilityId, variables, parentId);
        scope.Journal(state, definition.Start, JournalKinds.Start, actor, (JsonObject)variables.DeepClone()).Outcome = "started";
        await RunAsync(scope, state, new Queue<string>([definition.Start]), actor);
        return state;
    }

    /// <summary>Resumes the activity that created <paramref name="bookmark"/>, then runs on from it.</summary>
    public async Task ResumeAsync(
        ExecutionScope scope, InstanceState state, Bookmark bookmark, string? outcome, JsonObject input, Actor actor, string kind)
    {
        scope.RemoveBookmark(bookmark);
        state.Status = WorkflowStatus.Running;
        state.Dirty = true;
        var pending = new Queue<string>();
        var entry = scope.Journal(state, bookmark.ActivityId, kind, actor, input);
        var activity = state.Definition.Find(bookmark.ActivityId);
        var type = activity is null ? null : registry.Find(activity.Type);
        if (activity is null || type is null)
        {
            await FaultAsync(scope, state, entry, actor, activity is null
                ? $"{state.Definition} has no activity '{bookmark.ActivityId}' to resume"
                : $"activity type '{activity.Type}' is not registered");
        }
        else
        {
            var context = new ActivityContext(this, scope, state, activity, actor, entry, bookmark, outcome, input);
            var result = await InvokeAsync(() => type.ResumeAsync(context), scope, state, entry, actor);
            if (result is not null) await ApplyAsync(scope, state, activity, result, entry, pending, actor);
        }
        await RunAsync(scope, state, pending, actor);
    }

    public async Task CancelAsync(ExecutionScope scope, InstanceState state, Actor actor, string? reason)
    {
        foreach (var bookmark in await scope.BookmarksOfAsync(state.Id)) scope.RemoveBookmark(bookmark);
        state.Status = WorkflowStatus.Cancelled;
        state.Dirty = true;
        scope.Journal(state, "", JournalKinds.Cancel, actor, new JsonObject { ["reason"] = reason }).Outcome = "cancelled";
        foreach (var child in await scope.ChildrenOfAsync(state.Id))
        {
            if (child.Status is WorkflowStatus.Completed or WorkflowStatus.Cancelled) continue;
            if (await scope.LoadAsync(child.Id) is { } childState) await CancelAsync(scope, childState, actor, "the parent instance was cancelled");
        }
        if (state.Instance.ParentId is { } parentId) await NotifyParentAsync(scope, parentId);
    }

    private async Task RunAsync(ExecutionScope scope, InstanceState state, Queue<string> pending, Actor actor)
    {
        var executed = 0;
        while (state.Status == WorkflowStatus.Running && pending.TryDequeue(out var id))
        {
            var activity = state.Definition.Activity(id);
            var entry = scope.Journal(state, id, JournalKinds.Activity, actor);
            if (++executed > MaxActivitiesPerCall)
            {
                await FaultAsync(scope, state, entry, actor,
                    $"more than {MaxActivitiesPerCall} activities ran in one call without waiting (a loop with no task or timer in it?)");
                break;
            }
            if (registry.Find(activity.Type) is not { } type)
            {
                await FaultAsync(scope, state, entry, actor, $"activity type '{activity.Type}' is not registered");
                break;
            }
            var context = new ActivityContext(this, scope, state, activity, actor, entry, null, null, []);
            var result = await InvokeAsync(() => type.ExecuteAsync(context), scope, state, entry, actor);
            if (result is null) break;
            await ApplyAsync(scope, state, activity, result, entry, pending, actor);
        }
        await SettleAsync(scope, state);
    }

    private async Task ApplyAsync(
        ExecutionScope scope, InstanceState state, ActivityDefinition activity, ActivityResult result, JournalEntry entry, Queue<string> pending, Actor actor)
    {
        switch (result.Kind)
        {
            case ActivityResultKind.Done:
                entry.Outcome = result.Outcome!;
                foreach (var bookmark in await scope.BookmarksOfAsync(state.Id))
                {
                    if (bookmark.ActivityId == activity.Id) scope.RemoveBookmark(bookmark);
                }
                await FollowAsync(scope, state, activity, result.Outcome!, entry, pending, actor);
                break;
            case ActivityResultKind.Branch:
                entry.Outcome = result.Outcome!;
                await FollowAsync(scope, state, activity, result.Outcome!, entry, pending, actor);
                break;
            case ActivityResultKind.Wait:
                entry.Outcome = "waiting";
                break;
            case ActivityResultKind.End:
                entry.Outcome = "end";
                foreach (var bookmark in await scope.BookmarksOfAsync(state.Id)) scope.RemoveBookmark(bookmark);
                state.Status = WorkflowStatus.Completed;
                pending.Clear();
                break;
        }
    }

    private async Task FollowAsync(
        ExecutionScope scope, InstanceState state, ActivityDefinition activity, string outcome, JournalEntry entry, Queue<string> pending, Actor actor)
    {
        if (!activity.HasNext) return;
        if (activity.NextFor(outcome) is { } next) pending.Enqueue(next);
        else await FaultAsync(scope, state, entry, actor, $"{activity.File}: {activity.Path}.next: no activity for outcome '{outcome}' and no 'default'");
    }

    /// <summary>Completed when nothing is left to wait on; then a parent waiting on its children hears of it.</summary>
    private async Task SettleAsync(ExecutionScope scope, InstanceState state)
    {
        if (state.Status == WorkflowStatus.Running)
            state.Status = (await scope.BookmarksOfAsync(state.Id)).Count > 0 ? WorkflowStatus.Suspended : WorkflowStatus.Completed;
        if (state.Status == WorkflowStatus.Completed && state.Instance.ParentId is { } parentId) await NotifyParentAsync(scope, parentId);
    }

    /// <summary>
    /// A child finished. The parent is always staged (its revision bumps), so two children finishing in two
    /// concurrent units conflict on commit instead of both missing the last one; the retry then sees both done.
    /// </summary>
    private async Task NotifyParentAsync(ExecutionScope scope, Guid parentId)
    {
        var parent = await scope.LoadAsync(parentId);
        if (parent is null || parent.Status != WorkflowStatus.Suspended) return; // Running: a fan-out in this call checks its children itself
        parent.Dirty = true;
        var join = (await scope.BookmarksOfAsync(parent.Id)).FirstOrDefault(b => b.Kind == BookmarkKind.Join);
        if (join is null) return;
        var children = await scope.ChildrenOfAsync(parent.Id);
        if (children.Any(c => c.Status is not (WorkflowStatus.Completed or WorkflowStatus.Cancelled))) return;
        var input = new JsonObject
        {
            ["children"] = children.Count,
            ["completed"] = children.Count(c => c.Status == WorkflowStatus.Completed),
            ["cancelled"] = children.Count(c => c.Status == WorkflowStatus.Cancelled),
        };
        await ResumeAsync(scope, parent, join, null, input, Actor.System, JournalKinds.Join);
    }

    private async Task<ActivityResult?> InvokeAsync(
        Func<ValueTask<ActivityResult>> call, ExecutionScope scope, InstanceState state, JournalEntry entry, Actor actor)
    {
        try
        {
            return await call();
        }
        catch (InvalidInputException)
        {
            throw;
        }
        catch (WorkflowConflictException)
        {
            // Someone else acted first on what the activity touched: the whole action is refused, not the instance faulted.
            throw;
        }
        catch (OperationCanceledException) when (scope.CancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception e)
        {
            await FaultAsync(scope, state, entry, actor, e.Message);
            return null;
        }
    }

    /// <summary>The instance stops: its bookmarks go, and the journal says which activity failed and why.</summary>
    private static async Task FaultAsync(ExecutionScope scope, InstanceState state, JournalEntry entry, Actor actor, string error)
    {
        entry.Outcome = "faulted";
        foreach (var bookmark in await scope.BookmarksOfAsync(state.Id)) scope.RemoveBookmark(bookmark);
        state.Status = WorkflowStatus.Faulted;
        state.Dirty = true;
        scope.Journal(state, entry.ActivityId, JournalKinds.Fault, actor, new JsonObject { ["error"] = error }).Outcome = "faulted";
    }
}
