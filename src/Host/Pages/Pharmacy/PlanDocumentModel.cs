using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Requisition.Host.Pages.Requisitions;
using Requisition.Host.Web.Localization;
using Requisition.Workflows.Cycle;

namespace Requisition.Host.Pages.Pharmacy;

/// <summary>
/// What the formulary and RKO pages share: the plan with its flags (what the rules say now while it is a draft, the
/// stored ones after), and an action that either goes back to the page with a notice or shows its refusal on the form.
/// </summary>
public abstract class PlanDocumentModel<TView>(IStringLocalizer<PharmacyText> text) : PageModel
    where TView : class
{
    protected IStringLocalizer<PharmacyText> Text => text;

    protected TView Document { get; private set; } = null!;

    public IReadOnlyList<FlagView> Flags { get; private set; } = [];

    public IReadOnlyDictionary<string, string> AckValues { get; private set; } = new Dictionary<string, string>();

    public bool Editable => IsDraft(Document);

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) ?? Page();

    protected abstract Task<TView> GetAsync(long id, CancellationToken cancellationToken);

    protected abstract Task<IReadOnlyList<FlagView>> CheckAsync(long id, CancellationToken cancellationToken);

    protected abstract bool IsDraft(TView document);

    protected abstract IReadOnlyList<FlagView> StoredFlags(TView document);

    protected async Task<IActionResult> ActAsync(long id, string notice, Func<Task> action, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, cancellationToken) is { } answer) return answer;
        AckValues = CommandForms.AckValues(Request.Form);
        try
        {
            await action();
        }
        catch (CommandRejectedException refused)
        {
            CommandForms.AddErrors(ModelState, refused);
            if (refused.Flags.Count > 0) Flags = refused.Flags;
            return Page();
        }
        TempData["Notice"] = text[notice].Value;
        return RedirectToPage(new { id });
    }

    private async Task<IActionResult?> LoadAsync(long id, CancellationToken cancellationToken)
    {
        Document = await GetAsync(id, cancellationToken);
        Flags = IsDraft(Document) ? await CheckAsync(id, cancellationToken) : StoredFlags(Document);
        return null;
    }
}
