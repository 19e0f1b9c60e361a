using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Requisition.Host.Web.Accounts;
using Requisition.Workflows.Cycle;

namespace Requisition.Host.Pages.Requisitions;

/// <summary>
/// A requisition's timeline for anyone who may read the LPLPO: every step of its workflow (who, in which role, when,
/// with what outcome), every flag it raised at any step with how it was settled, and its SBBK with what was received.
/// </summary>
public sealed class TimelineModel(CycleHost cycle) : PageModel
{
    public LplpoView Lplpo { get; private set; } = null!;

    public IReadOnlyList<JournalView> Journal { get; private set; } = [];

    public IReadOnlyList<FlagView> Flags { get; private set; } = [];

    public DateTimeOffset Local(DateTimeOffset instant) => instant.ToOffset(cycle.UtcOffset);

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken cancellationToken)
    {
        var actor = User.Actor();
        Lplpo = await cycle.Queries.LplpoAsync(actor, id, cancellationToken);
        Flags = await cycle.Facility.LplpoFlagsAsync(actor, id, cancellationToken);
        if (Lplpo.InstanceId is { } instance) Journal = await cycle.Queries.JournalAsync(actor, instance, cancellationToken);
        return Page();
    }
}
