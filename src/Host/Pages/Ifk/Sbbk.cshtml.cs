using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Requisition.Host.Web.Accounts;
using Requisition.Workflows.Cycle;

namespace Requisition.Host.Pages.Ifk;

/// <summary>The SBBK (surat bukti barang keluar) of a shipped LPLPO, laid out to print and sign.</summary>
public sealed class SbbkModel(CycleHost cycle) : PageModel
{
    public SbbkView Sbbk { get; private set; } = null!;

    public DateTimeOffset Local(DateTimeOffset instant) => instant.ToOffset(cycle.UtcOffset);

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken cancellationToken)
    {
        Sbbk = await cycle.District.SbbkAsync(User.Actor(), id, cancellationToken);
        return Page();
    }
}
