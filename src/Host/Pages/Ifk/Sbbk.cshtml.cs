using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Requisition.Host.Web.Accounts;
using Requisition.Host.Web.Exports;
using Requisition.Workflows.Cycle;
using Requisition.Workflows.DataFiles.Xlsx;

namespace Requisition.Host.Pages.Ifk;

/// <summary>
/// The SBBK (surat bukti barang keluar) of a shipped LPLPO, laid out to print on one A4 portrait page and sign: who
/// handed the goods over, who received them, and the head who acknowledges.
/// </summary>
public sealed class SbbkModel(CycleHost cycle) : PageModel
{
    public SbbkView Sbbk { get; private set; } = null!;

    public IReadOnlyList<SignatureBlock> Signatures { get; private set; } = [];

    public DateTimeOffset Local(DateTimeOffset instant) => instant.ToOffset(cycle.UtcOffset);

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken cancellationToken)
    {
        Sbbk = await cycle.District.SbbkAsync(User.Actor(), id, cancellationToken);
        Signatures = await SbbkForms.SignaturesAsync(cycle.Database, Sbbk, cancellationToken);
        return Page();
    }
}
