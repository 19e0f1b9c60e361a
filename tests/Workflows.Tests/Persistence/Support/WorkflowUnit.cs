using Requisition.Workflows.Persistence;
using Requisition.Workflows.Persistence.Stores;

namespace Requisition.Workflows.Tests.Persistence.Support;

/// <summary>One unit of work, as a host runs it: a context, the store on it, one commit.</summary>
internal sealed class WorkflowUnit : IAsyncDisposable
{
    public WorkflowUnit(RequisitionDatabase database)
    {
        Db = database.CreateDbContext();
        Store = new EfWorkflowStore(Db);
    }

    public RequisitionDbContext Db { get; }

    public EfWorkflowStore Store { get; }

    public Task CommitAsync() => Db.SaveChangesAsync();

    public ValueTask DisposeAsync() => Db.DisposeAsync();
}
