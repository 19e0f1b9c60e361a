using Requisition.Host.Cli.Bench.Workload;

namespace Requisition.Host.Tests.Bench;

/// <summary>The 4,000-facility workload (1.2M lines and as many batches), generated once for the test run.</summary>
public sealed class NationalWorkloadFixture
{
    public const int Facilities = 4000;

    public Workload Workload { get; } = Workload.Generate(Facilities);
}
