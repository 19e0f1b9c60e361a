using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Requisition.Host.Web.Accounts;
using Requisition.Host.Web.Localization;
using Requisition.Workflows.Cycle;

namespace Requisition.Host.Pages.Requisitions;

/// <summary>
/// The list of a facility's formularies or RKOs with a form to start the one of a year: the pharmacist's two plan
/// pages differ only in the kind they list and the command that starts one.
/// </summary>
public abstract class PlanListModel(CycleHost cycle, IStringLocalizer<PharmacyText> text) : PageModel
{
    protected CycleHost Cycle => cycle;

    /// <summary>formulary or rko.</summary>
    public abstract string Kind { get; }

    public IReadOnlyList<PlanSummary> Plans { get; private set; } = [];

    [BindProperty]
    public int Year { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        try
        {
            var started = await StartAsync(new StartPlanInput(Year), cancellationToken);
            TempData["Notice"] = text["Dokumen {0} dimulai.", Year].Value;
            return Redirect($"/Pharmacy/{(Kind == "rko" ? "Rko" : "Formulary")}/{started.DocumentId}");
        }
        catch (CommandRejectedException refused)
        {
            CommandForms.AddErrors(ModelState, refused);
            await LoadAsync(cancellationToken);
            return Page();
        }
    }

    protected abstract Task<PlanRef> StartAsync(StartPlanInput input, CancellationToken cancellationToken);

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        var actor = User.Actor();
        Plans = (await cycle.Facility.PlansAsync(actor, cancellationToken)).Where(p => p.Kind == Kind && p.FacilityId == actor.FacilityId).ToList();
        if (Year == 0) Year = cycle.LocalDate(cycle.Clock.Now).Year + 1;
    }
}
