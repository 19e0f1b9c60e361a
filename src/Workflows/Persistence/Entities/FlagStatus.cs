namespace Requisition.Workflows.Persistence.Entities;

/// <summary>Where a raised flag stands.</summary>
public enum FlagStatus
{
    Open = 0,
    /// <summary>Seen and accepted by a person, with a reason (a warning may then pass the step).</summary>
    Acknowledged = 1,
    /// <summary>The cause went away (the line was corrected, the rule no longer fires).</summary>
    Resolved = 2,
}
