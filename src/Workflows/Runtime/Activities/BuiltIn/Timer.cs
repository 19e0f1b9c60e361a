using Requisition.Workflows.Runtime.Activities.Timing;
using Requisition.Workflows.Runtime.Definitions;

namespace Requisition.Workflows.Runtime.Activities.BuiltIn;

/// <summary>
/// Waits until a time (see <see cref="DueSpec"/>: a delay, a variable, or a period's due day), then goes on
/// with "done". A time already past goes on at once. Properties: due, name.
/// </summary>
internal sealed class Timer : IActivity
{
    public string Type => "Timer";

    public IReadOnlyCollection<string>? Outcomes(ActivityDefinition activity) => [ActivityResult.DefaultOutcome];

    public void Validate(ActivityDefinition activity, DefinitionProblems problems)
    {
        problems.OptionalString(activity, "name");
        if (activity.Properties["due"] is { } due) DueSpec.Read(due, activity.PathOf("due"), problems);
        else problems.Error(activity.PathOf("due"), "required property is missing");
    }

    public ValueTask<ActivityResult> ExecuteAsync(ActivityContext context)
    {
        var due = DueSpec.Parse(context.Properties.Node("due"), context.Activity, context.Properties.PathOf("due"))
            .Compute(context.Variables, context.Now);
        if (due <= context.Now) return ValueTask.FromResult(ActivityResult.Done());
        context.CreateTimer(context.Properties.GetStringOrNull("name") ?? context.Activity.Id, due);
        return ValueTask.FromResult(ActivityResult.Wait());
    }

    public ValueTask<ActivityResult> ResumeAsync(ActivityContext context) => ValueTask.FromResult(ActivityResult.Done());
}
