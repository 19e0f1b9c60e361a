using Requisition.Workflows.Runtime.Execution;

namespace Requisition.Workflows.Tests.Runtime.Support;

/// <summary>One unit of work of one host process: a fresh store over the shared database, and a runner on it.</summary>
internal sealed record WorkUnit(WorkflowRunner Runner, InMemoryWorkflowStore Store)
{
    public void Commit() => Store.Commit();
}
