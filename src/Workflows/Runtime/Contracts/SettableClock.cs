namespace Requisition.Workflows.Runtime.Contracts;

/// <summary>A clock someone sets: the demo and benchmarks play a month's days on it; tests move it.</summary>
public sealed class SettableClock(DateTimeOffset now) : IClock
{
    public DateTimeOffset Now { get; set; } = now;
}
