using System.Text.Json;
using System.Text.Json.Nodes;
using Requisition.Workflows.Runtime.Definitions;

namespace Requisition.Workflows.Runtime.Activities.Timing;

/// <summary>
/// A timer that runs while a task waits, from the task's <c>"timers"</c> property. An interrupting timer
/// (escalation) ends the task and follows its outcome; a non-interrupting one (reminder) leaves the task
/// open, follows its outcome on a side path if it has one, and fires again <c>every</c> so often.
/// </summary>
/// <param name="Name">Unique among the task's timers; the timer bookmark's name.</param>
internal sealed record AttachedTimer(string Name, DueSpec Due, string? Outcome, bool Interrupting, TimeSpan? Every)
{
    public const string Property = "timers";

    private static readonly string[] Keys = ["name", "due", "outcome", "interrupting", "every"];

    public static IReadOnlyList<AttachedTimer> Read(ActivityDefinition activity, DefinitionProblems problems)
    {
        if (!activity.Properties.TryGetPropertyValue(Property, out var node) || node is null) return [];
        var path = activity.PathOf(Property);
        if (node is not JsonArray array)
        {
            problems.Error(path, "must be an array of timers");
            return [];
        }
        var timers = new List<AttachedTimer>();
        for (var i = 0; i < array.Count; i++)
        {
            if (Read(array[i], $"{path}[{i}]", problems) is not { } timer) continue;
            if (timers.Any(t => t.Name == timer.Name)) problems.Error($"{path}[{i}].name", $"another timer is already named '{timer.Name}'");
            else timers.Add(timer);
        }
        return timers;
    }

    /// <summary>The timers of an activity validated at load.</summary>
    public static IReadOnlyList<AttachedTimer> Parse(ActivityDefinition activity)
    {
        var problems = new DefinitionProblems(activity.File);
        var timers = Read(activity, problems);
        return problems.HasErrors ? throw new WorkflowDefinitionException(problems.Errors) : timers;
    }

    private static AttachedTimer? Read(JsonNode? node, string path, DefinitionProblems problems)
    {
        if (node is not JsonObject obj)
        {
            problems.Error(path, "a timer must be an object with name, due and outcome");
            return null;
        }
        var before = problems.Errors.Count;
        foreach (var (key, _) in obj.Where(p => !Keys.Contains(p.Key, StringComparer.Ordinal)))
            problems.Error($"{path}.{key}", $"unknown property (expected one of: {string.Join(", ", Keys)})");
        var name = Text(obj, "name", path, problems, required: true);
        var due = obj["due"] is { } dueNode ? DueSpec.Read(dueNode, $"{path}.due", problems) : Missing(path, "due", problems);
        var outcome = Text(obj, "outcome", path, problems, required: false);
        var interrupting = problems.OptionalBool(obj, "interrupting", $"{path}.interrupting") ?? true;
        if (interrupting && outcome is null && obj["outcome"] is null)
            problems.Error($"{path}.outcome", "an interrupting timer ends the task, so it needs the outcome to follow");
        TimeSpan? every = null;
        if (Text(obj, "every", path, problems, required: false) is { } text)
        {
            if (!IsoDuration.TryParse(text, out var span) || span <= TimeSpan.Zero) problems.Error($"{path}.every", $"'{text}' is not a positive duration such as P1D");
            else if (interrupting) problems.Error($"{path}.every", "only a non-interrupting timer (\"interrupting\": false) can repeat");
            else every = span;
        }
        return problems.Errors.Count == before && name is not null && due is not null ? new AttachedTimer(name, due, outcome, interrupting, every) : null;
    }

    private static DueSpec? Missing(string path, string key, DefinitionProblems problems)
    {
        problems.Error($"{path}.{key}", "required property is missing");
        return null;
    }

    private static string? Text(JsonObject obj, string key, string path, DefinitionProblems problems, bool required)
    {
        if (obj[key] is not { } node)
        {
            if (required) problems.Error($"{path}.{key}", "required property is missing");
            return null;
        }
        if (node is JsonValue v && v.GetValueKind() == JsonValueKind.String && v.GetValue<string>().Length > 0) return v.GetValue<string>();
        problems.Error($"{path}.{key}", "must be a non-empty string");
        return null;
    }
}
