using Requisition.Workflows.Runtime.Contracts;

namespace Requisition.Workflows.Tests.Runtime.Support;

/// <summary>A clock the test moves by hand.</summary>
internal sealed class ManualClock(DateTimeOffset now) : IClock
{
    public DateTimeOffset Now { get; set; } = now;

    public void Advance(TimeSpan by) => Now += by;
}
