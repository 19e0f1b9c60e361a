namespace Requisition.Workflows.Runtime.Activities;

/// <summary>What an activity tells the runner to do next.</summary>
public sealed class ActivityResult
{
    /// <summary>The outcome of an activity that has only one way on.</summary>
    public const string DefaultOutcome = "done";

    private ActivityResult(ActivityResultKind kind, string? outcome)
    {
        Kind = kind;
        Outcome = outcome;
    }

    public ActivityResultKind Kind { get; }

    /// <summary>The outcome whose <c>next</c> the flow follows (Done and Branch).</summary>
    public string? Outcome { get; }

    /// <summary>Finished: any other bookmark the activity still holds is removed and the flow follows <paramref name="outcome"/>.</summary>
    public static ActivityResult Done(string outcome = DefaultOutcome) => new(ActivityResultKind.Done, outcome);

    /// <summary>Waits on the bookmarks the activity created through its context.</summary>
    public static ActivityResult Wait() => new(ActivityResultKind.Wait, null);

    /// <summary>
    /// Follows <paramref name="outcome"/> on a side path while the activity's other bookmarks keep waiting
    /// (a reminder that notifies someone while the task stays open).
    /// </summary>
    public static ActivityResult Branch(string outcome) => new(ActivityResultKind.Branch, outcome);

    /// <summary>Completes the whole instance: every bookmark it holds is removed.</summary>
    public static ActivityResult End() => new(ActivityResultKind.End, null);
}
