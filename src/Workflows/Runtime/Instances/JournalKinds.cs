namespace Requisition.Workflows.Runtime.Instances;

/// <summary>The values of <see cref="JournalEntry.Kind"/>.</summary>
public static class JournalKinds
{
    /// <summary>Someone started the instance; the input is its starting variables.</summary>
    public const string Start = "start";

    /// <summary>An activity ran as the flow reached it.</summary>
    public const string Activity = "activity";

    /// <summary>A person acted on a task; the input is what they entered.</summary>
    public const string HumanAction = "human-action";

    /// <summary>A timer fired (due day, reminder, escalation).</summary>
    public const string Timer = "timer";

    /// <summary>Child instances were started, one per item; the input lists them.</summary>
    public const string FanOut = "fan-out";

    /// <summary>The last child completed and the parent went on.</summary>
    public const string Join = "join";

    /// <summary>Someone cancelled the instance.</summary>
    public const string Cancel = "cancel";

    /// <summary>An activity failed; the input holds the error.</summary>
    public const string Fault = "fault";
}
