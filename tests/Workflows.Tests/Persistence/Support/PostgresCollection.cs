namespace Requisition.Workflows.Tests.Persistence.Support;

/// <summary>Every PostgreSQL test class shares one throwaway server for the whole run.</summary>
[CollectionDefinition(Name)]
public sealed class PostgresCollection : ICollectionFixture<PostgresServer>
{
    public const string Name = "postgres";
}
