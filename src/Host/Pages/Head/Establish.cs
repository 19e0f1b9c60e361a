using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Requisition.Host.Pages.Requisitions;
using Requisition.Host.Web.Localization;
using Requisition.Workflows.Cycle;

namespace Requisition.Host.Pages.Head;

/// <summary>
/// The head of puskesmas reads a formulary or RKO with its flags and establishes it (acknowledging warnings with a
/// reason) or returns it to the pharmacist with the reason: the two documents' pages differ only in what they read and call.
/// </summary>
public abstract class EstablishModel(IStringLocalizer<PharmacyText> text) : PageModel
{
    public IReadOnlyList<FlagView> Flags { get; protected set; } = [];

    public bool Waiting { get; protected set; }

    public IReadOnlyDictionary<string, string> AckValues { get; private set; } = new Dictionary<string, string>();

    [BindProperty]
    public string? Reason { get; set; }

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken cancellationToken)
    {
        await LoadAsync(id, cancellationToken);
        return Page();
    }

    public Task<IActionResult> OnPostEstablishAsync(long id, CancellationToken cancellationToken) => DecideAsync(id, EstablishInput.Establish, cancellationToken);

    public Task<IActionResult> OnPostReturnAsync(long id, CancellationToken cancellationToken) => DecideAsync(id, EstablishInput.Return, cancellationToken);

    protected abstract Task LoadAsync(long id, CancellationToken cancellationToken);

    protected abstract Task EstablishAsync(long id, EstablishInput input, CancellationToken cancellationToken);

    private async Task<IActionResult> DecideAsync(long id, string decision, CancellationToken cancellationToken)
    {
        await LoadAsync(id, cancellationToken);
        AckValues = CommandForms.AckValues(Request.Form);
        var acks = decision == EstablishInput.Establish ? CommandForms.Acknowledgements(Request.Form) : [];
        try
        {
            await EstablishAsync(id, new EstablishInput(decision, string.IsNullOrWhiteSpace(Reason) ? null : Reason.Trim(), acks), cancellationToken);
        }
        catch (CommandRejectedException refused)
        {
            CommandForms.AddErrors(ModelState, refused);
            if (refused.Flags.Count > 0) Flags = refused.Flags;
            return Page();
        }
        TempData["Notice"] = text[decision == EstablishInput.Establish ? "Dokumen ditetapkan." : "Dokumen dikembalikan ke apoteker."].Value;
        return Redirect("/Head/Plans");
    }
}
