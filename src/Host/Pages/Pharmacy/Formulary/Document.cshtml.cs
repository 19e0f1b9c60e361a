using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Requisition.Host.Pages.Requisitions;
using Requisition.Host.Web.Accounts;
using Requisition.Host.Web.Localization;
using Requisition.Workflows.Cycle;

namespace Requisition.Host.Pages.Pharmacy.Formulary;

/// <summary>
/// One formulary: its items by therapeutic class and the flags the formulary rules raise on it now. While it is a draft
/// the pharmacist proposes items (code, unit price, class), removes items and submits it, acknowledging warnings.
/// </summary>
public sealed class DocumentModel(CycleHost cycle, IStringLocalizer<PharmacyText> text) : PageModel
{
    public FormularyView Formulary { get; private set; } = null!;

    public IReadOnlyList<FlagView> Flags { get; private set; } = [];

    public bool Editable => Formulary.Waiting.Contains(FormularyCommands.SubmitTask);

    public IReadOnlyDictionary<string, string> AckValues { get; private set; } = new Dictionary<string, string>();

    [BindProperty]
    public string? DrugCode { get; set; }

    [BindProperty]
    public string? UnitPrice { get; set; }

    [BindProperty]
    public string? TherapeuticClass { get; set; }

    [BindProperty]
    public List<string> Remove { get; set; } = [];

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) ?? Page();

    public Task<IActionResult> OnPostProposeAsync(long id, CancellationToken cancellationToken) =>
        ActAsync(id, "Usulan tersimpan.", async () =>
        {
            if (!decimal.TryParse((UnitPrice ?? "").Replace(".", "", StringComparison.Ordinal).Replace(",", ".", StringComparison.Ordinal),
                    NumberStyles.Number, CultureInfo.InvariantCulture, out var price))
                throw new CommandRejectedException("items[0].unitPrice", text["harus angka"].Value);
            await cycle.Formulary.ProposeItemsAsync(User.Actor(), id,
                new ProposeItemsInput([new FormularyItemInput((DrugCode ?? "").Trim(), price, string.IsNullOrWhiteSpace(TherapeuticClass) ? null : TherapeuticClass.Trim())]),
                cancellationToken);
        }, cancellationToken);

    public Task<IActionResult> OnPostRemoveAsync(long id, CancellationToken cancellationToken) =>
        ActAsync(id, "Item dihapus.", () => cycle.Formulary.RemoveItemsAsync(User.Actor(), id, new RemoveItemsInput(Remove), cancellationToken), cancellationToken);

    public Task<IActionResult> OnPostSubmitAsync(long id, CancellationToken cancellationToken) =>
        ActAsync(id, "Formularium dikirim ke kepala puskesmas.", () =>
            cycle.Formulary.SubmitAsync(User.Actor(), id, new SubmitInput(CommandForms.Acknowledgements(Request.Form)), cancellationToken: cancellationToken), cancellationToken);

    private async Task<IActionResult> ActAsync(long id, string notice, Func<Task> action, CancellationToken cancellationToken)
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
        try
        {
            Formulary = await cycle.Formulary.GetAsync(User.Actor(), id, cancellationToken);
            Flags = Editable ? await cycle.Formulary.CheckAsync(User.Actor(), id, cancellationToken) : Formulary.Flags;
        }
        catch (NotFoundException)
        {
            return NotFound();
        }
        catch (AccessDeniedException)
        {
            return Forbid();
        }
        return null;
    }
}
