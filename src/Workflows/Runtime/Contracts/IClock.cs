namespace Requisition.Workflows.Runtime.Contracts;

/// <summary>The time, injectable so timers and due days are testable.</summary>
public interface IClock
{
    DateTimeOffset Now { get; }
}
