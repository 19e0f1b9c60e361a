using Requisition.Workflows.Runtime.Activities;

namespace Requisition.Workflows.Tests.Runtime.Support;

/// <summary>Refuses a review without a reason: the person is told, and nothing of the action is kept.</summary>
internal sealed class RequireReason : IActivity
{
    public string Type => "RequireReason";

    public ValueTask<ActivityResult> ExecuteAsync(ActivityContext context)
    {
        var reason = context.Variables["review"]?["reason"]?.GetValue<string>();
        if (string.IsNullOrWhiteSpace(reason)) throw new InvalidInputException("a returned LPLPO needs a reason (keterangan)");
        return ValueTask.FromResult(ActivityResult.Done());
    }
}
