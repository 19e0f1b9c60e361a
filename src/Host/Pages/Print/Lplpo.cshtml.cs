using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Requisition.Host.Web.Accounts;
using Requisition.Host.Web.Exports;
using Requisition.Workflows.Cycle;

namespace Requisition.Host.Pages.Print;

/// <summary>
/// The LPLPO as the official form, to print on one A4 landscape page per sheet and sign: header block, the table by
/// item group, the four signature blocks. Anyone who may read the LPLPO may print it; anyone else gets 404.
/// </summary>
public sealed class LplpoPrintModel(CycleHost cycle) : PageModel
{
    public LplpoForm Form { get; private set; } = null!;

    public TimeSpan UtcOffset => cycle.UtcOffset;

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken cancellationToken)
    {
        Form = await LplpoForms.ReadAsync(cycle, User.Actor(), id, cancellationToken);
        return Page();
    }
}
