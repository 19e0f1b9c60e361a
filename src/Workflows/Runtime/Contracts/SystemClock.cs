namespace Requisition.Workflows.Runtime.Contracts;

/// <summary>The machine's clock.</summary>
public sealed class SystemClock : IClock
{
    public static readonly SystemClock Instance = new();

    public DateTimeOffset Now => DateTimeOffset.UtcNow;
}
