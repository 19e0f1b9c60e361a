namespace Requisition.Workflows.Runtime.Execution;

/// <summary>The service provider of a runner built without one: it has nothing.</summary>
internal sealed class NoServices : IServiceProvider
{
    public static readonly NoServices Instance = new();

    public object? GetService(Type serviceType) => null;
}
