using Requisition.Workflows.Runtime.Activities.Timing;
using Requisition.Workflows.Runtime.Definitions;
using Requisition.Workflows.Runtime.Instances;

namespace Requisition.Workflows.Runtime.Activities.BuiltIn;

/// <summary>
/// Waits for a person in a role (at a facility) to choose one of the task's outcomes, e.g. the IFK officer
/// approving or returning an LPLPO; optional timers remind or escalate while it waits.
/// Properties: role, outcomes, task, facility | facilityVariable | anyFacility, due, inputVariable, outcomeVariable, timers.
/// </summary>
internal sealed class HumanTask : IActivity
{
    public string Type => "HumanTask";

    public IReadOnlyCollection<string>? Outcomes(ActivityDefinition activity)
    {
        var lenient = new DefinitionProblems(activity.File);
        if (lenient.RequireStrings(activity, "outcomes") is not { } outcomes || lenient.HasErrors) return null; // Validate reports it
        var timerOutcomes = AttachedTimer.Read(activity, lenient).Select(t => t.Outcome).OfType<string>();
        return outcomes.Concat(timerOutcomes).Distinct(StringComparer.Ordinal).ToList();
    }

    public void Validate(ActivityDefinition activity, DefinitionProblems problems)
    {
        problems.RequireString(activity, "role");
        problems.RequireStrings(activity, "outcomes");
        problems.OptionalString(activity, "task");
        problems.OptionalString(activity, "inputVariable");
        problems.OptionalString(activity, "outcomeVariable");
        var scopes = new[] { "facility", "facilityVariable", "anyFacility" }.Where(p => activity.Properties[p] is not null).ToList();
        if (scopes.Count > 1) problems.Error(activity.PathOf(scopes[1]), $"give only one of {string.Join(", ", scopes)}");
        problems.OptionalString(activity, "facility");
        problems.OptionalString(activity, "facilityVariable");
        problems.OptionalBool(activity, "anyFacility");
        if (activity.Properties["due"] is { } due) DueSpec.Read(due, activity.PathOf("due"), problems);
        AttachedTimer.Read(activity, problems);
    }

    public ValueTask<ActivityResult> ExecuteAsync(ActivityContext context)
    {
        var properties = context.Properties;
        var dueAt = properties.Has("due")
            ? DueSpec.Parse(properties.Node("due"), context.Activity, properties.PathOf("due")).Compute(context.Variables, context.Now)
            : (DateTimeOffset?)null;
        context.CreateTask(
            properties.GetStringOrNull("task") ?? context.Activity.Id,
            properties.GetString("role"),
            Facility(context),
            properties.GetStrings("outcomes"),
            dueAt);
        foreach (var timer in AttachedTimer.Parse(context.Activity))
            context.CreateTimer(timer.Name, timer.Due.Compute(context.Variables, context.Now));
        return ValueTask.FromResult(ActivityResult.Wait());
    }

    public ValueTask<ActivityResult> ResumeAsync(ActivityContext context)
    {
        var bookmark = context.Bookmark!;
        if (bookmark.Kind == BookmarkKind.Timer) return ValueTask.FromResult(TimerFired(context, bookmark));
        if (context.Properties.GetStringOrNull("inputVariable") is { } inputVariable) context.Variables.Set(inputVariable, context.Input);
        if (context.Properties.GetStringOrNull("outcomeVariable") is { } outcomeVariable) context.Variables.Set(outcomeVariable, context.Outcome);
        return ValueTask.FromResult(ActivityResult.Done(context.Outcome!));
    }

    private static ActivityResult TimerFired(ActivityContext context, Bookmark bookmark)
    {
        var timer = AttachedTimer.Parse(context.Activity).FirstOrDefault(t => t.Name == bookmark.Name)
            ?? throw new InvalidOperationException($"{context.Activity.File}: {context.Activity.PathOf(AttachedTimer.Property)}: no timer named '{bookmark.Name}'");
        if (timer.Interrupting) return ActivityResult.Done(timer.Outcome!);
        if (timer.Every is { } every && every > TimeSpan.Zero)
        {
            // After a host was down, skip the reminders it missed: the next one is the first still ahead.
            var next = (bookmark.DueAt ?? context.Now) + every;
            while (next <= context.Now) next += every;
            context.CreateTimer(timer.Name, next);
        }
        return timer.Outcome is null ? ActivityResult.Wait() : ActivityResult.Branch(timer.Outcome);
    }

    /// <summary>Whose users may act: a fixed facility, one from a variable, any, or (by default) the instance's own.</summary>
    private static string? Facility(ActivityContext context)
    {
        var properties = context.Properties;
        if (properties.GetBool("anyFacility", false)) return null;
        if (properties.GetStringOrNull("facility") is { } facility) return facility;
        if (properties.GetStringOrNull("facilityVariable") is { } variable) return context.Variables.Get<string>(variable);
        return context.Instance.FacilityId;
    }
}
