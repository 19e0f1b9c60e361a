namespace Requisition.Workflows.Runtime.Instances;

/// <summary>
/// One line of an instance's history: an executed activity or a person's action, who did it and when,
/// the input, the outcome, and the flags the step's rules raised with the threshold version they used.
/// </summary>
public sealed class JournalEntry
{
    public long Id { get; set; }

    public Guid InstanceId { get; set; }

    public string ActivityId { get; set; } = "";

    /// <summary>activity, human-action, timer, fan-out, join, fault.</summary>
    public string Kind { get; set; } = "";

    public string UserId { get; set; } = "";

    public string Role { get; set; } = "";

    public DateTimeOffset At { get; set; }

    public string InputJson { get; set; } = "{}";

    public string Outcome { get; set; } = "";

    /// <summary>The flags raised at this step (JSON array of rule, severity, item, message), if rules ran.</summary>
    public string FlagsJson { get; set; } = "[]";

    public string? ThresholdVersion { get; set; }
}
