using Microsoft.AspNetCore.Mvc.RazorPages;
using Requisition.Host.Web.Accounts;
using Requisition.Workflows.Cycle;

namespace Requisition.Host.Pages.Head;

/// <summary>The head of puskesmas's formularies and RKOs, those waiting for establishment first.</summary>
public sealed class PlansModel(CycleHost cycle) : PageModel
{
    public IReadOnlyList<PlanSummary> Plans { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var actor = User.Actor();
        Plans = (await cycle.Facility.PlansAsync(actor, cancellationToken)).Where(p => p.FacilityId == actor.FacilityId)
            .OrderByDescending(p => p.Status == "submitted").ThenByDescending(p => p.Year).ToList();
    }
}
