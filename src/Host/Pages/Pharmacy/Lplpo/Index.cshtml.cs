using Microsoft.AspNetCore.Mvc.RazorPages;
using Requisition.Host.Web.Accounts;
using Requisition.Workflows.Cycle;

namespace Requisition.Host.Pages.Pharmacy.Lplpo;

/// <summary>The facility's LPLPOs, newest period first, with where each stands and what can be done with it.</summary>
public sealed class IndexModel(CycleHost cycle) : PageModel
{
    public IReadOnlyList<LplpoSummary> Lplpos { get; private set; } = [];

    /// <summary>The LPLPOs waiting for this facility to confirm a delivery.</summary>
    public IReadOnlySet<long> AwaitingReceipt { get; private set; } = new HashSet<long>();

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var actor = User.Actor();
        Lplpos = (await cycle.Queries.LplposAsync(actor, cancellationToken: cancellationToken))
            .Where(l => l.FacilityId == actor.FacilityId)
            .OrderByDescending(l => l.Period, StringComparer.Ordinal).ThenByDescending(l => l.Id).ToList();
        AwaitingReceipt = (await cycle.Queries.TasksAsync(actor, cancellationToken))
            .Where(t => t.Name == LplpoCommands.ReceiveTask && t.LplpoId is not null).Select(t => t.LplpoId!.Value).ToHashSet();
    }
}
