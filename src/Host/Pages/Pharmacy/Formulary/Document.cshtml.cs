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
public sealed class DocumentModel(CycleHost cycle, IStringLocalizer<PharmacyText> localizer) : PlanDocumentModel<FormularyView>(localizer)
{
    public FormularyView Formulary => Document;

    [BindProperty]
    public string? DrugCode { get; set; }

    [BindProperty]
    public string? UnitPrice { get; set; }

    [BindProperty]
    public string? TherapeuticClass { get; set; }

    [BindProperty]
    public List<string> Remove { get; set; } = [];

    public Task<IActionResult> OnPostProposeAsync(long id, CancellationToken cancellationToken) =>
        ActAsync(id, "Usulan tersimpan.", async () =>
        {
            if (!decimal.TryParse((UnitPrice ?? "").Replace(".", "", StringComparison.Ordinal).Replace(",", ".", StringComparison.Ordinal),
                    NumberStyles.Number, CultureInfo.InvariantCulture, out var price))
                throw new CommandRejectedException("items[0].unitPrice", Text["harus angka"].Value);
            await cycle.Formulary.ProposeItemsAsync(User.Actor(), id,
                new ProposeItemsInput([new FormularyItemInput((DrugCode ?? "").Trim(), price, string.IsNullOrWhiteSpace(TherapeuticClass) ? null : TherapeuticClass.Trim())]),
                cancellationToken);
        }, cancellationToken);

    public Task<IActionResult> OnPostRemoveAsync(long id, CancellationToken cancellationToken) =>
        ActAsync(id, "Item dihapus.", () => cycle.Formulary.RemoveItemsAsync(User.Actor(), id, new RemoveItemsInput(Remove), cancellationToken), cancellationToken);

    public Task<IActionResult> OnPostSubmitAsync(long id, CancellationToken cancellationToken) =>
        ActAsync(id, "Formularium dikirim ke kepala puskesmas.", () =>
            cycle.Formulary.SubmitAsync(User.Actor(), id, new SubmitInput(CommandForms.Acknowledgements(Request.Form)), cancellationToken: cancellationToken), cancellationToken);

    protected override Task<FormularyView> GetAsync(long id, CancellationToken cancellationToken) => cycle.Formulary.GetAsync(User.Actor(), id, cancellationToken);

    protected override Task<IReadOnlyList<FlagView>> CheckAsync(long id, CancellationToken cancellationToken) => cycle.Formulary.CheckAsync(User.Actor(), id, cancellationToken);

    protected override bool IsDraft(FormularyView document) => document.Waiting.Contains(FormularyCommands.SubmitTask);

    protected override IReadOnlyList<FlagView> StoredFlags(FormularyView document) => document.Flags;
}
