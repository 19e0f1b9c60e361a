namespace Requisition.Workflows.Runtime.Instances;

public enum BookmarkKind
{
    /// <summary>Waits for a person in a role to act (submit, approve, return, confirm).</summary>
    HumanTask = 0,
    /// <summary>Waits until a time (due day, reminder, escalation).</summary>
    Timer = 1,
    /// <summary>Waits for fanned-out child instances to complete.</summary>
    Join = 2,
}
