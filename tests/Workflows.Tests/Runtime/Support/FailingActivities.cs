using Requisition.Workflows.Runtime.Activities;

namespace Requisition.Workflows.Tests.Runtime.Support;

/// <summary>An activity whose work fails (a database down, a bug): the instance faults.</summary>
internal sealed class Explode : IActivity
{
    public string Type => "Explode";

    public ValueTask<ActivityResult> ExecuteAsync(ActivityContext context) => throw new InvalidOperationException("the SBBK printer is on fire");
}
