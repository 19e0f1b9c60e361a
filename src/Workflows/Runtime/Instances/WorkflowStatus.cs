namespace Requisition.Workflows.Runtime.Instances;

public enum WorkflowStatus
{
    /// <summary>Executing activities (only inside one call to the runner).</summary>
    Running = 0,
    /// <summary>Waiting on one or more bookmarks (a person's action, a timer, child instances).</summary>
    Suspended = 1,
    Completed = 2,
    Cancelled = 3,
    /// <summary>An activity failed; the journal says why.</summary>
    Faulted = 4,
}
