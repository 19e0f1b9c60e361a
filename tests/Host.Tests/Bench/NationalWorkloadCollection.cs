namespace Requisition.Host.Tests.Bench;

/// <summary>Test classes that share the one generated 4,000-facility workload instead of each building their own.</summary>
[CollectionDefinition(Name)]
public sealed class NationalWorkloadCollection : ICollectionFixture<NationalWorkloadFixture>
{
    public const string Name = "National workload";
}
