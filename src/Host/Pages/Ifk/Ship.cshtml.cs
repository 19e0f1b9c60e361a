using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Requisition.Host.Pages.Requisitions;
using Requisition.Host.Web.Accounts;
using Requisition.Host.Web.Localization;
using Requisition.Workflows.Cycle;

namespace Requisition.Host.Pages.Ifk;

/// <summary>
/// Shipping an approved LPLPO: the batches the shipment will take, first expired first out per funding source, and the
/// button that ships them and writes the SBBK. Warnings of the distribution rules are acknowledged with a reason.
/// </summary>
public sealed class ShipModel(CycleHost cycle, IStringLocalizer<IfkText> text) : PageModel
{
    [BindProperty]
    public int Revision { get; set; }

    public LplpoView Lplpo { get; private set; } = null!;

    public ShipPreview? Preview { get; private set; }

    /// <summary>The flags that held the last attempt to ship, if it was refused.</summary>
    public IReadOnlyList<FlagView> Refusal { get; private set; } = [];

    public IReadOnlyList<(string Rule, string? DrugCode)> Warnings { get; private set; } = [];

    public IReadOnlyDictionary<string, string> AckValues { get; private set; } = new Dictionary<string, string>();

    public IReadOnlyList<string> Errors => CommandForms.Summary(ModelState);

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken cancellationToken)
    {
        return await LoadAsync(id, posted: false, cancellationToken) ?? Page();
    }

    public async Task<IActionResult> OnPostAsync(long id, CancellationToken cancellationToken)
    {
        try
        {
            await cycle.Lplpo.ShipAsync(User.Actor(), id, new ShipInput(CommandForms.Acknowledgements(Request.Form)), null, cancellationToken, Revision);
            TempData["Notice"] = text["Barang LPLPO {0} dikirim; SBBK dibuat.", id].Value;
            return Redirect($"/Ifk/Sbbk/{id}");
        }
        catch (CommandRejectedException refused)
        {
            CommandForms.AddErrors(ModelState, refused);
            Refusal = refused.Flags;
            Warnings = CommandForms.WarningsToAcknowledge(refused.Flags).ToList();
        }
        catch (StaleDocumentException stale)
        {
            // Shown again at the revision it now has, so the officer can look and act again.
            ModelState.AddModelError("", stale.Message);
            await LoadAsync(id, posted: true, cancellationToken);
            Revision = Lplpo.Revision;
            return Page();
        }
        return await LoadAsync(id, posted: true, cancellationToken) ?? Page();
    }

    private async Task<IActionResult?> LoadAsync(long id, bool posted, CancellationToken cancellationToken)
    {
        Lplpo = await cycle.Queries.LplpoAsync(User.Actor(), id, cancellationToken);
        if (Lplpo.IssueNote is not null && !posted) return Redirect($"/Ifk/Sbbk/{id}");
        if (!posted) Revision = Lplpo.Revision;
        AckValues = posted ? CommandForms.AckValues(Request.Form) : new Dictionary<string, string>();
        if (Lplpo.Status == "approved" && Lplpo.IssueNote is null) Preview = await cycle.District.ShipPreviewAsync(User.Actor(), id, cancellationToken);
        return null;
    }
}
