using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Requisition.Host.Pages.Requisitions;
using Requisition.Host.Web.Accounts;
using Requisition.Host.Web.Localization;
using Requisition.Workflows.Cycle;

namespace Requisition.Host.Pages.Admin;

/// <summary>
/// The national reference lists: the FORNAS and DOEN editions stored, and the catalog items the newest FORNAS edition
/// does not place with confidence, each with the rows to choose from; choosing one stores a confirmed mapping.
/// </summary>
public sealed class ReferencesModel(CycleHost cycle, IStringLocalizer<AdminText> text) : PageModel
{
    public IReadOnlyList<ReferenceListView> Editions { get; private set; } = [];

    public IReadOnlyList<UnmatchedItem> Unmatched { get; private set; } = [];

    public IReadOnlyList<string> Errors => CommandForms.Summary(ModelState);

    public DateTimeOffset Local(DateTimeOffset instant) => instant.ToOffset(cycle.UtcOffset);

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostConfirmAsync(string drugCode, long? fornasItemId, string? note, CancellationToken cancellationToken)
    {
        try
        {
            var mapping = await cycle.ReferenceLists.ConfirmAsync(User.Actor(), new ConfirmMappingInput(drugCode ?? "", fornasItemId ?? 0, note), cancellationToken);
            TempData["Notice"] = text["{0} dipetakan ke FORNAS {1}.", mapping.DrugCode, mapping.FornasId].Value;
            return RedirectToPage();
        }
        catch (CommandRejectedException refused)
        {
            CommandForms.AddErrors(ModelState, refused);
        }
        await LoadAsync(cancellationToken);
        return Page();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Editions = await cycle.ReferenceLists.EditionsAsync(User.Actor(), cancellationToken);
        Unmatched = await cycle.ReferenceLists.UnmatchedAsync(User.Actor(), cancellationToken);
    }
}
