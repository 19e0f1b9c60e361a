using Requisition.Workflows.Runtime.Definitions;

namespace Requisition.Workflows.Runtime.Activities.BuiltIn;

/// <summary>Completes the instance, withdrawing anything else it still waits on (an open reminder, a task on a side path).</summary>
internal sealed class End : IActivity
{
    public string Type => "End";

    public IReadOnlyCollection<string>? Outcomes(ActivityDefinition activity) => [];

    public ValueTask<ActivityResult> ExecuteAsync(ActivityContext context) => ValueTask.FromResult(ActivityResult.End());
}
