using System.Text.Json;
using Requisition.Workflows.Runtime.Contracts;
using Requisition.Workflows.Runtime.Instances;

namespace Requisition.Workflows.Runtime.Execution;

/// <summary>Who may act on a human task: its role, at its facility, and not while someone else holds a live claim on it.</summary>
internal static class TaskGuard
{
    public static Bookmark RequireTask(Bookmark? bookmark, Guid id)
    {
        if (bookmark is null) throw new TaskNotFoundException($"task {id} does not exist (already done, cancelled, or never created)");
        if (bookmark.Kind != BookmarkKind.HumanTask) throw new TaskNotFoundException($"{id} is a {bookmark.Kind} bookmark, not a task for a person");
        return bookmark;
    }

    public static void CheckMayAct(Bookmark task, Actor actor, DateTimeOffset now)
    {
        if (!string.Equals(task.Role, actor.Role, StringComparison.Ordinal))
            throw new ActionNotAllowedException($"task '{task.Name}' is for the role '{task.Role}'; {actor.UserId} acts as '{actor.Role}'");
        if (task.FacilityId is not null && !string.Equals(task.FacilityId, actor.FacilityId, StringComparison.Ordinal))
            throw new ActionNotAllowedException(
                $"task '{task.Name}' belongs to facility '{task.FacilityId}'; {actor.UserId} acts for '{actor.FacilityId ?? "no facility"}'");
        if (task.ClaimedBy is not null && task.ClaimedBy != actor.UserId && task.ClaimedUntil > now)
            throw new ActionNotAllowedException($"task '{task.Name}' is claimed by {task.ClaimedBy} until {task.ClaimedUntil:O}");
    }

    public static IReadOnlyList<string> Outcomes(Bookmark task) => JsonSerializer.Deserialize<List<string>>(task.OutcomesJson) ?? [];
}
